// The candidate's journey in the release build, served from /course/exam/: practice feedback,
// an exam with a flag, a reload and a submit, a time-out on a controlled clock, the keyboard,
// and seeded links. Elements are found by role and accessible name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, openPage } from './harness.mjs';

const BANK = 'fixture-compute';
const app = useServedApp();

const examUrl = (query) => `${app.url}#/exam/${BANK}?${query}`;

async function questionTexts(page, count) {
  const seen = [];
  for (let i = 1; i <= count; i++) {
    await page.getByRole('heading', { name: `Question ${i}`, exact: true }).waitFor();
    seen.push(await page.locator('.prompt').first().innerText());
    if (i < count) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  return seen;
}

test('practice mode says "Good job!" for a right answer and "Incorrect" with the right one for a wrong answer', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=practice&count=3&seed=1&shuffle=off&time=none'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.match(await page.getByText(/Question 1 of 3/).innerText(), /Question 1 of 3/);

  await page.getByRole('radio', { name: /The number of requests, plus compute time/ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: /The number of requests/ }).isDisabled(), true, 'a checked answer is locked');

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('radio', { name: 'It runs on one fixed day each month' }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: '✗ Incorrect' }).waitFor();
  const feedback = await page.locator('.feedback').innerText();
  assert.match(feedback, /The right answer: It runs when it is needed/);
  assert.match(await page.locator('.choice.right').innerText(), /✓ Correct answer/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an exam keeps its answers, flag and clock through a reload, and submits to results', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=exam&count=3&seed=7&time=10'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  const firstChoice = page.getByRole('radio').first();
  const chosenName = await firstChoice.evaluate((el) => el.labels[0].innerText.replace(/^[A-E]\s*/, ''));
  await firstChoice.check();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  const timerBefore = await page.getByRole('timer', { name: 'Time left' }).innerText();
  assert.equal(await page.getByRole('button', { name: 'Check' }).count(), 0, 'no checking in exam mode');

  await page.reload();
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.equal(await page.getByRole('radio').first().isChecked(), true);
  assert.match(chosenName, /\S/);
  assert.equal(await page.getByRole('button', { name: 'Flag for review' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('button', { name: 'Question 1, answered, flagged' }).count(), 1);
  const timerAfter = await page.getByRole('timer', { name: 'Time left' }).innerText();
  assert.ok(timerAfter <= timerBefore, `the clock keeps running from the deadline: ${timerBefore} then ${timerAfter}`);

  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  const confirm = page.getByRole('region', { name: 'Submit your answers?' });
  await confirm.waitFor();
  assert.equal(await confirm.getByRole('button', { name: 'Go to question 2' }).count(), 1, 'unanswered, listed once');
  assert.equal(await confirm.getByRole('button', { name: 'Go to question 1' }).count(), 1, 'flagged, listed once');
  await confirm.getByRole('button', { name: 'Submit now' }).click();
  const results = page.getByRole('region', { name: 'Results' });
  await results.waitFor();
  const text = await results.innerText();
  assert.match(text, /FAIL|PASS/);
  assert.match(text, /Unanswered\s+2/);
  // Each topic's row names it and gives its count and score beside its bar (hidden from
  // assistive technology: the text says the same).
  const topics = page.getByRole('table', { name: 'Correct answers per topic' });
  assert.equal(await topics.count(), 1);
  for (const row of await topics.getByRole('row').filter({ has: page.getByRole('rowheader') }).all()) {
    assert.match(await row.innerText(), /^\S.*\t\d+ of \d+\t\s*\d+%$/);
  }
  assert.equal(await topics.getByRole('img').count(), 0);
  assert.ok(await topics.locator('svg.percent-bar').count() > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a one-minute exam submits itself when the controlled clock passes the deadline', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.goto(examUrl('mode=exam&count=2&seed=3&time=1'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.equal(await page.getByRole('timer', { name: 'Time left' }).innerText(), '01:00');
  const warning = page.locator('[aria-live="polite"]');
  assert.equal(await warning.innerText(), '1 minute left.', 'one warning in a polite live region');
  assert.equal(await page.getByRole('alert').count(), 0, 'never an alert');
  await page.keyboard.press('t');
  await page.locator('[aria-live="assertive"]').filter({ hasText: '01:00 left.' }).waitFor();
  await page.clock.fastForward(30_000);
  await page.getByRole('timer', { name: 'Time left' }).filter({ hasText: '00:30' }).waitFor();
  await page.clock.fastForward(31_000);
  const results = page.getByRole('region', { name: 'Results' });
  await results.waitFor();
  assert.match(await results.innerText(), /Time ran out: the exam was submitted automatically/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard alone can answer, flag, move and check', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=practice&count=3&seed=1&shuffle=off&time=none'));
  const heading = page.getByRole('heading', { name: 'Question 1', exact: true });
  await heading.waitFor();
  assert.equal(await heading.evaluate((el) => el === document.activeElement), true, 'focus starts on the question');
  await page.keyboard.press('b');
  assert.equal(await page.getByRole('radio', { name: /The number of requests/ }).isChecked(), true);
  await page.keyboard.press('f');
  assert.equal(await page.getByRole('button', { name: 'Flag for review' }).getAttribute('aria-pressed'), 'true');
  // Tab to the Check button and press Enter, as a keyboard user would.
  const check = page.getByRole('button', { name: 'Check' });
  for (let i = 0; i < 20 && !(await check.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
  await page.keyboard.press('n');
  await page.getByRole('heading', { name: 'Question 2', exact: true }).waitFor();
  assert.equal(
    await page.getByRole('heading', { name: 'Question 2', exact: true }).evaluate((el) => el === document.activeElement),
    true,
    'focus moves to the new question',
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same seeded link gives the same questions in the same order twice', async () => {
  const runs = [];
  for (let run = 0; run < 2; run++) {
    const { context, page } = await openPage(app.browser);
    await page.goto(examUrl('mode=exam&count=4&seed=42'));
    runs.push(await questionTexts(page, 4));
    await context.close();
  }
  assert.deepEqual(runs[0], runs[1]);
  assert.equal(new Set(runs[0]).size, 4);
});

test('the start page leads through the set-up form to a practice exam', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Open Fixture bank: Other Compute' }).click();
  await page.getByRole('heading', { name: 'Set up your exam' }).waitFor();
  await page.getByRole('radio', { name: /Practice/ }).check();
  await page.getByRole('spinbutton', { name: /Number of questions/ }).fill('5');
  await page.getByRole('spinbutton', { name: /Number of questions/ }).press('Tab');
  await page.getByRole('checkbox', { name: 'AWS Batch' }).uncheck();
  await page.getByRole('button', { name: 'Start exam' }).click();
  await page.getByText('Question 1 of 5').waitFor();
  // The exam page's one level-one heading names the mode and the bank.
  await page.getByRole('heading', { level: 1, name: 'Practice: Fixture bank: Other Compute', exact: true }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.match(page.url(), /seed=\d+/, 'the seed is fixed in the address');
  assert.deepEqual(errors, []);
  await context.close();
});

test('results offer a retry of the missed questions, and the attempt shows in the history until cleared', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=practice&count=3&seed=1&shuffle=off&time=none'));
  await page.getByRole('radio', { name: /The number of requests, plus compute time/ }).check();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('region', { name: 'Results' }).waitFor();
  await page.getByRole('button', { name: 'Wrong (0)' }).click();
  assert.equal(await page.locator('.review-item').count(), 0, 'the filter shows only wrong answers');
  await page.getByRole('button', { name: 'Unanswered (2)' }).click();
  assert.equal(await page.locator('.review-item').count(), 2);

  await page.getByRole('link', { name: 'Retry the 2 I missed' }).click();
  await page.getByText('Question 1 of 2').waitFor();
  const retried = await questionTexts(page, 2);
  assert.ok(retried.every((p) => !/billed|charged for/.test(p)), 'the question answered right is not asked again');

  await page.goto(`${app.url}#/bank/${BANK}`);
  const history = page.getByRole('table', { name: 'Past attempts, oldest first' });
  await history.waitFor();
  assert.match(await history.innerText(), /Practice\s+33% \(1 of 3\)\s+FAIL/);
  await page.getByRole('button', { name: 'Clear history' }).click();
  assert.equal(await history.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a "Choose 2" question refuses a third choice with a message', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=practice&only=lambda-language-support&shuffle=off&time=none&seed=1'));
  const group = page.getByRole('group', { name: 'Choose 2' });
  await group.waitFor();
  await group.getByRole('checkbox', { name: /Node.js, Python/ }).check();
  await group.getByRole('checkbox', { name: /OS-only runtimes/ }).check();
  const third = group.getByRole('checkbox', { name: /Only JavaScript/ });
  await third.click();
  await page.getByRole('status').filter({ hasText: 'Choose 2: clear one of your choices before picking another.' }).waitFor();
  assert.equal(await third.isChecked(), false);
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an exam whose deadline passed while the page was closed ends as timed out on return', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.clock.install({ time: new Date('2026-11-23T10:00:00Z') });
  await page.goto(examUrl('mode=exam&count=2&seed=11&time=2'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await page.getByRole('radio').first().check();
  await page.goto('about:blank');
  await page.clock.setSystemTime(new Date('2026-11-23T10:30:00Z'));
  await page.goto(examUrl('mode=exam&count=2&seed=11&time=2'));
  const results = page.getByRole('region', { name: 'Results' });
  await results.waitFor();
  assert.match(await results.innerText(), /Time ran out/);
  assert.match(await results.innerText(), /Unanswered\s+1/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('when storage refuses to save, the exam still runs and says progress cannot be kept', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto(examUrl('mode=practice&count=2&time=none&shuffle=off&seed=2'));
  await page.getByRole('status').filter({ hasText: 'Progress cannot be saved in this browser' }).waitFor();
  await page.getByRole('radio', { name: /The number of requests, plus compute time/ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link with a mistyped setting or an unknown bank explains itself instead of failing silently', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=quiz&count=5'));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  await page.getByRole('heading', { level: 1, name: 'This exam link does not work' }).waitFor();
  assert.match(await alert.innerText(), /mode=quiz: mode is practice or exam/);
  await page.goto(examUrl('mode=practice&only=no-such-question'));
  await page.getByRole('alert').filter({ hasText: 'only=no-such-question: no question of this bank has this id' }).waitFor();
  await page.goto(`${app.url}#/exam/no-such-bank?seed=1`);
  await page.getByRole('alert').filter({ hasText: 'There is no question bank or page called "no-such-bank"' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
  await page.getByRole('link', { name: 'See all question banks' }).click();
  await page.getByRole('list', { name: 'Question banks' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bank that names when its facts were checked and where to report shows both, in feedback and in the review', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(`${app.url}#/bank/${BANK}`);
  await page.getByText('Facts last checked against their sources on 2026-11-23.').waitFor();

  await page.goto(examUrl('mode=practice&only=lambda-pricing&shuffle=off&time=none&seed=1'));
  await page.getByRole('radio', { name: /The number of requests, plus compute time/ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  const feedback = page.getByRole('region', { name: '✓ Good job!' });
  await feedback.waitFor();
  const expected = `https://example.org/report?bank=${BANK}&question=lambda-pricing`;
  const report = feedback.getByRole('link', { name: 'Report a problem with this question' });
  assert.equal(await report.getAttribute('href'), expected);
  assert.equal(await report.getAttribute('rel'), 'noopener noreferrer');

  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  const review = page.getByRole('article', { name: /Question 1: ✓ Correct/ });
  await review.waitFor();
  assert.equal(
    await review.getByRole('link', { name: 'Report a problem with this question' }).getAttribute('href'),
    expected,
  );
  assert.deepEqual(errors, []);
  await context.close();
});
