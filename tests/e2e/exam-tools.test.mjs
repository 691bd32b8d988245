// The exam-day tools in the release build, found by role and by the catalogue's names: ruling
// choices out (saved, resumed after a reload, undone, still choosable), highlighting a passage
// from the keyboard and writing a note, all of which survive a reload and show in the review,
// and the keyboard help that lists every key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, openPage } from './harness.mjs';
import { catalogue } from './catalogue.mjs';

const DIST = process.env.E2E_DIST || 'dist';
const BANK = 'fixture-compute';
const app = useServedApp();
const examUrl = (query) => `${app.url}#/exam/${BANK}?${query}`;
const t = await catalogue(DIST, 'en');

const strike = (page, letter) => page.getByRole('button', { name: t.t('exam-strike-choice', { letter }), exact: true });
const pressed = async (locator) => (await locator.getAttribute('aria-pressed')) === 'true';
const question = (page, number) => page.getByRole('heading', { name: t.t('exam-question-heading', { number }), exact: true });

test('two choices ruled out stay ruled out after a reload; one is ruled back in, and a ruled-out choice can still be chosen', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=exam&count=3&seed=7&time=10&shuffle=off'));
  await question(page, 1).waitFor();
  await strike(page, 'A').click();
  await strike(page, 'C').click();
  assert.ok(await pressed(strike(page, 'A')));
  assert.ok(await pressed(strike(page, 'C')));
  const ruledOut = page.getByRole('radio', { name: new RegExp(t.t('exam-choice-ruled-out').replace(/[()]/g, '\\$&')) });
  assert.equal(await ruledOut.count(), 2, 'a ruled-out choice says so to a screen reader');

  await page.reload();
  await question(page, 1).waitFor();
  assert.ok(await pressed(strike(page, 'A')), 'A is still ruled out');
  assert.ok(await pressed(strike(page, 'C')), 'C is still ruled out');
  assert.ok(!(await pressed(strike(page, 'B'))));

  await strike(page, 'A').click();
  assert.ok(!(await pressed(strike(page, 'A'))), 'A is ruled back in');
  await ruledOut.first().check();
  assert.ok(await ruledOut.first().isChecked(), 'a ruled-out choice can be chosen');
  assert.ok(await pressed(strike(page, 'C')), 'choosing it rules nothing back in');
  // Shift and a choice's key rule it out too.
  await page.locator('body').press('Shift+B');
  assert.ok(await pressed(strike(page, 'B')));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a ruled-out, flagged, highlighted question with a note survives a reload and shows in the review', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=exam&count=2&seed=7&time=10&shuffle=off'));
  await question(page, 1).waitFor();
  await strike(page, 'D').click();
  await page.getByRole('button', { name: t.t('exam-flag') }).click();
  // Select the prompt's first word and press H, as a keyboard user with caret browsing would.
  const word = await page.evaluate(() => {
    const prompt = document.querySelector('[data-passage="prompt"]');
    const walker = document.createTreeWalker(prompt, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    const end = node.textContent.search(/\s/);
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, end);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return node.textContent.slice(0, end);
  });
  await page.locator('body').press('h');
  const highlights = page.getByRole('list', { name: t.t('exam-highlights-list') });
  await highlights.waitFor();
  assert.equal(await highlights.innerText(), word);
  await page.getByLabel(t.t('exam-note-label')).fill('Lambda bills per request; remember the free tier.');

  await page.reload();
  await question(page, 1).waitFor();
  assert.ok(await pressed(strike(page, 'D')));
  assert.equal(await page.getByRole('button', { name: t.t('exam-flag') }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('list', { name: t.t('exam-highlights-list') }).innerText(), word);
  assert.equal(await page.getByLabel(t.t('exam-note-label')).inputValue(), 'Lambda bills per request; remember the free tier.');
  // Painted over the prompt, once the app has drawn the question.
  await page.waitForFunction(() => CSS.highlights.get('candidate')?.size === 1
    && [...CSS.highlights.get('candidate')][0].toString() !== '' && [...CSS.highlights.get('candidate')][0].startContainer.isConnected);

  await page.getByRole('button', { name: t.t('exam-submit'), exact: true }).click();
  await page.getByRole('button', { name: t.t('exam-submit-now') }).click();
  await page.getByRole('heading', { name: t.t('results-review-heading') }).waitFor();
  const first = page.getByRole('article').filter({ hasText: t.t('results-your-note') }).first();
  const shown = await first.innerText();
  assert.ok(shown.includes('Lambda bills per request; remember the free tier.'), shown);
  assert.ok(shown.includes(t.t('results-your-highlights')) && shown.includes(word), shown);
  assert.ok(shown.includes(t.t('results-choice-ruled-out')), shown);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard help lists every tool, and H with nothing selected says what to do', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=practice&count=2&seed=7&time=none'));
  await question(page, 1).waitFor();
  await page.getByText(t.t('exam-keys-heading')).click();
  const help = await page.locator('.keyboard-help').innerText();
  for (const id of ['exam-keys-pick', 'exam-keys-strike', 'exam-keys-move', 'exam-keys-flag', 'exam-keys-confidence',
    'exam-keys-highlight', 'exam-keys-check', 'exam-keys-time']) {
    assert.ok(help.includes(t.t(id)), `${id} in:\n${help}`);
  }
  await page.locator('body').press('h');
  await page.getByRole('status').filter({ hasText: t.t('refusal-not-a-passage') }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
