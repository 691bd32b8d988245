// The interface in the candidate's language, in the release build: the journey (start page,
// practice with feedback, a timed exam, results, review) in French and in Japanese, found by the
// names each catalogue gives; no English interface text on those screens; Arabic right to left
// with no sideways scrolling and the navigator mirrored; Russian's three plural forms; the
// language menu changing the language at once and remembered. The fixture bank says it is in
// English, so its text carries lang="en" and is told apart from the interface's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { useServedApp, openPage, PREFIX } from './harness.mjs';
import { catalogue } from './catalogue.mjs';

const DIST = process.env.E2E_DIST || 'dist';
const BANK = 'fixture-compute';
const TITLE = 'Fixture bank: Other Compute';
const QUESTIONS = 46;
const app = useServedApp();
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHIPPED = ['es', 'fr', 'de', 'pt-BR', 'ja', 'ru', 'ar'];
const examUrl = (query) => `${app.url}#/exam/${BANK}?${query}`;

/**
 * The interface's own text on the page: every text node and accessible name outside elements
 * marked with another language (the bank's text, and each language's name in the language menu).
 */
async function interfaceText(page) {
  return page.evaluate(() => {
    const own = document.documentElement.lang;
    const foreign = (element) => {
      const marked = element.closest('[lang]');
      return marked && marked !== document.documentElement && marked.lang !== own;
    };
    const pieces = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || foreign(parent) || parent.closest('[hidden], script, style, .prerendered')) continue;
      if (node.textContent.trim()) pieces.push(node.textContent);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (foreign(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        if (element.getAttribute(name)) pieces.push(element.getAttribute(name));
      }
    }
    pieces.push(document.title);
    return pieces.join('\n');
  });
}

/**
 * English's words that show on the page though the page is in `other`'s language: each literal
 * piece of an English message (four letters or more) that no message of `other` also has.
 */
function englishShown(shown, english, other) {
  const otherText = other.ids.flatMap((id) => other.words(id)).join('\n');
  const leaks = new Set();
  for (const id of english.ids) {
    if (id === 'language-name') continue;
    for (const piece of english.words(id).map((w) => w.trim())) {
      if ((piece.match(/[A-Za-z]/g) ?? []).length < 4 || otherText.includes(piece)) continue;
      if (shown.includes(piece)) leaks.add(`${id}: "${piece}"`);
    }
  }
  return [...leaks];
}

async function assertNoEnglish(page, english, t, screen) {
  // The bank's title is the bank's words wherever a sentence of the interface quotes it.
  const leaks = englishShown((await interfaceText(page)).replaceAll(TITLE, ''), english, t);
  assert.deepEqual(leaks, [], `English interface text on the ${screen} in ${t.tag}`);
}

for (const tag of ['fr', 'ja']) {
  test(`the start page, a bank's page and practice feedback read in ${tag}, found by the catalogue's names, with no English interface text`, async () => {
    const t = await catalogue(DIST, tag);
    const english = await catalogue(DIST, 'en');
    const { context, page, errors } = await openPage(app.browser, { locale: tag });

    await page.goto(app.url);
    const list = page.getByRole('list', { name: t.t('bank-list-label') });
    await list.getByRole('article', { name: TITLE }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
    await assertNoEnglish(page, english, t, 'start page');
    await page.getByRole('link', { name: t.t('common-open-bank', { title: TITLE }) }).click();
    await page.getByRole('heading', { name: t.t('bank-setup-heading') }).waitFor();
    await assertNoEnglish(page, english, t, 'bank page');

    await page.goto(examUrl('mode=practice&count=3&seed=1&shuffle=off&time=none'));
    await page.getByRole('heading', { name: t.t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
    await page.getByText(t.t('exam-question-of', { number: 1, total: 3 })).waitFor();
    await page.getByRole('radio', { name: /The number of requests, plus compute time/ }).check();
    await page.getByRole('button', { name: t.t('exam-check'), exact: true }).click();
    await page.getByRole('heading', { name: t.t('exam-feedback-right') }).waitFor();
    await assertNoEnglish(page, english, t, 'practice feedback');
    await page.getByRole('button', { name: t.t('exam-next'), exact: true }).click();
    await page.getByRole('radio', { name: 'It runs on one fixed day each month' }).check();
    await page.getByRole('button', { name: t.t('exam-check'), exact: true }).click();
    await page.getByRole('heading', { name: t.t('exam-feedback-wrong') }).waitFor();
    await assertNoEnglish(page, english, t, 'practice feedback (wrong)');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`a timed exam, its results and review read in ${tag}, with no English interface text`, async () => {
    const t = await catalogue(DIST, tag);
    const english = await catalogue(DIST, 'en');
    const { context, page, errors } = await openPage(app.browser, { locale: tag });
    const catalogueRequests = () => app.server.requests.filter((path) => path === `${PREFIX}locales/${tag}.json`).length;
    const before = catalogueRequests();
    await page.goto(examUrl('mode=exam&count=3&seed=7&time=10'));
    // The first module shows the exam and fetches the catalogue; the whole app takes both over.
    assert.equal(catalogueRequests() - before, 1, 'the catalogue is fetched once for both modules');
    await page.getByRole('heading', { name: t.t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
    await page.getByRole('timer', { name: t.t('exam-time-left') }).waitFor();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: t.t('exam-flag') }).click();
    await page.getByRole('button', { name: t.t('exam-nav-answered-flagged', { number: 1 }) }).waitFor();
    await assertNoEnglish(page, english, t, 'timed exam');
    await page.getByRole('button', { name: t.t('exam-submit'), exact: true }).click();
    const confirm = page.getByRole('region', { name: t.t('exam-confirm-heading') });
    await confirm.waitFor();
    await assertNoEnglish(page, english, t, 'submit confirmation');
    await confirm.getByRole('button', { name: t.t('exam-submit-now') }).click();

    const results = page.getByRole('region', { name: t.t('results-heading') });
    await results.waitFor();
    assert.match(await results.innerText(), new RegExp(`${t.t('results-pass')}|${t.t('results-fail')}`));
    await page.getByRole('table', { name: t.t('results-topics-caption') }).waitFor();
    await page.getByRole('heading', { name: t.t('results-review-heading') }).waitFor();
    await assertNoEnglish(page, english, t, 'results and review');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// A teacher's files with problems, in French: a GIFT file read by the teachers' tools worker and
// a JSON bank read in the page each say what is wrong in the catalogue's words, with the file's
// own names and marks kept as they are.
test("a teacher's files with problems are reported in French, each problem and warning in the catalogue's words", async () => {
  const t = await catalogue(DIST, 'fr');
  const english = await catalogue(DIST, 'en');
  const { context, page, errors } = await openPage(app.browser, { locale: 'fr' });
  await page.goto(app.url);
  await page.getByRole('list', { name: t.t('bank-list-label') }).getByRole('article', { name: TITLE }).waitFor();
  const picker = page.getByLabel(t.t('home-open-file-label'));
  const lines = async (name) => {
    const list = page.getByRole('list', { name });
    await list.waitFor();
    return list.getByRole('listitem').allInnerTexts();
  };

  const gift = [
    '::Two right:: Which services run containers? {', '=Amazon ECS', '=AWS Fargate', '~Amazon S3', '}', '',
    '::An essay:: Describe a container. {}', '',
    '::No right answer:: Which one? {', '~One', '~Other', '}', '',
    '::Good:: Is Lambda serverless? {', '=Yes', '~No', '}', '',
  ].join('\n');
  await picker.setInputFiles({ name: 'week3.gift', mimeType: 'text/plain', buffer: Buffer.from(gift) });
  const warnings = await lines(t.t('home-warnings-for', { source: 'week3.gift' }));
  const has = (list, line, what) => assert.ok(list.some((shown) => shown.includes(line)), `${what}: ${line}\nin:\n${list.join('\n')}`);
  has(warnings, t.t('file-several-equals-answers', { label: 'Two right', count: 2 }), 'the several = answers warning');
  has(warnings, t.t('file-gift-essay', { label: 'An essay' }), 'the essay warning');
  const skipped = await lines(t.t('home-skipped-in', { source: 'week3.gift' }));
  has(skipped, t.t('file-outcome-question-skipped', { message: t.t('file-no-right-weight', { label: 'No right answer' }) }), 'the skipped question');
  await assertNoEnglish(page, english, t, 'start page with a GIFT file opened');

  const json = JSON.stringify({ format: 1, id: 'week4', description: 'd', topics: ['T'], questions: [] });
  await picker.setInputFiles({ name: 'week4.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  const problems = await lines(t.t('common-problems-in', { name: 'week4.json' }));
  has(problems, t.t('file-line', { place: 'week4.json', message: t.t('file-missing', { field: 'title' }) }), 'the missing title');
  await assertNoEnglish(page, english, t, 'start page with a refused JSON file');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Arabic runs right to left: the exam and results scroll no sideways and the navigator is mirrored', async () => {
  const t = await catalogue(DIST, 'ar');
  const { context, page, errors } = await openPage(app.browser, { locale: 'ar' });
  const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(examUrl('mode=exam&count=3&seed=7&time=10'));
    await page.getByRole('heading', { name: t.t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
    assert.equal(await noSidewaysScroll(), true, `no sideways scrolling in the exam at ${width} px`);
    const navigator = page.getByRole('navigation', { name: t.t('exam-navigator-label') });
    const first = await navigator.getByRole('button').nth(0).boundingBox();
    const second = await navigator.getByRole('button').nth(1).boundingBox();
    assert.ok(first.x > second.x, `question 1 sits right of question 2 (${first.x} > ${second.x})`);
    if (width === 1280) {
      // The navigator stands beside the question, on the left when the page runs right to left.
      const question = await page.locator('.exam-main').boundingBox();
      const beside = await navigator.boundingBox();
      assert.ok(beside.x < question.x, `the navigator is left of the question (${beside.x} < ${question.x})`);
    }
  }
  await page.getByRole('button', { name: t.t('exam-submit'), exact: true }).click();
  await page.getByRole('region', { name: t.t('exam-confirm-heading') }).getByRole('button', { name: t.t('exam-submit-now') }).click();
  await page.getByRole('region', { name: t.t('results-heading') }).waitFor();
  assert.equal(await noSidewaysScroll(), true, 'no sideways scrolling in the results at 320 px');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Russian shows its three plural forms of a count', async () => {
  const t = await catalogue(DIST, 'ru');
  const { context, page, errors } = await openPage(app.browser, { locale: 'ru' });
  await page.goto(`${app.url}#/bank/${BANK}`);
  const count = page.getByRole('spinbutton', { name: t.t('bank-setup-count', { total: QUESTIONS }) });
  const time = page.getByRole('combobox', { name: t.t('bank-setup-time-limit') });
  const shown = [];
  for (const n of [1, 3, 5]) {
    await count.fill(String(n));
    await count.press('Tab');
    const option = time.getByRole('option').first();
    const minutes = Number((await option.innerText()).match(/\d+/)[0]);
    const expected = t.t('bank-setup-time-default', { minutes, count: n });
    await page.waitForFunction(([select, text]) => document.querySelector(select).options[0].textContent === text, ['#time', expected]);
    shown.push(expected.slice(expected.lastIndexOf(String(n))));
  }
  assert.equal(new Set(shown).size, 3, `one, few and many differ: ${shown.join(' | ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language menu changes the language at once, without a reload, and is remembered', async () => {
  const en = await catalogue(DIST, 'en');
  const ja = await catalogue(DIST, 'ja');
  const { context, page, errors } = await openPage(app.browser, { locale: 'en-US' });
  await page.goto(`${app.url}#/bank/${BANK}`);
  await page.getByRole('heading', { name: en.t('bank-setup-heading') }).waitFor();
  await page.evaluate(() => { window.notReloaded = true; });
  // The menu is named in the page's language and, beside another language's word, in English.
  await page.getByRole('combobox', { name: en.t('language-menu-label') }).selectOption('ja');
  await page.getByRole('heading', { name: ja.t('bank-setup-heading') }).waitFor();
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'the page was not reloaded');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  await page.getByRole('combobox', { name: `${ja.t('language-menu-label')} · ${en.t('language-menu-label')}` }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: ja.t('bank-setup-heading') }).waitFor();
  assert.ok(app.server.requests.some((path) => path === `${PREFIX}locales/ja.json`), 'the catalogue was fetched');
  assert.ok(!app.server.requests.some((path) => path === `${PREFIX}locales/en.json`), 'English, built in, is never fetched');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the bank page, an exam and its results pass axe in every language in the ${colorScheme} colour scheme`, async () => {
    const found = {};
    for (const tag of SHIPPED) {
      const t = await catalogue(DIST, tag);
      // axe is injected past the app's Content-Security-Policy, for the audit only.
      const context = await app.browser.newContext({ bypassCSP: true, colorScheme, locale: tag });
      const page = await context.newPage();
      const audit = async (name) => {
        await page.evaluate(AXE);
        const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
        found[`${tag} ${name}`] = result.violations.flatMap((v) =>
          v.nodes.map((node) => `${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help}`));
      };
      await page.goto(`${app.url}#/bank/${BANK}`);
      await page.getByRole('heading', { name: t.t('bank-setup-heading') }).waitFor();
      await audit('bank page');
      await page.goto(examUrl('mode=exam&count=2&seed=3&time=10'));
      await page.getByRole('heading', { name: t.t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
      await audit('exam');
      await page.getByRole('button', { name: t.t('exam-submit'), exact: true }).click();
      await page.getByRole('region', { name: t.t('exam-confirm-heading') }).getByRole('button', { name: t.t('exam-submit-now') }).click();
      await page.getByRole('region', { name: t.t('results-heading') }).waitFor();
      await audit('results');
      await context.close();
    }
    assert.deepEqual(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length)), {});
  });
}
