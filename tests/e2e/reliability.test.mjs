// Saved progress in the release build: a reload at every step of an exam loses nothing; damaged,
// truncated, old-version and foreign saved data is reported and set aside; disabled or full
// storage keeps the exam and its results running with a notice; an edited bank is detected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useServedApp, openPage, PREFIX, snapshot } from './harness.mjs';

const BANK = 'fixture-compute';
const SESSION_KEY = `exam-practice|${PREFIX}|${BANK}|session`;
const ASIDE_KEY = `exam-practice|${PREFIX}|${BANK}|session-set-aside`;
const app = useServedApp();
const examUrl = (query) => `${app.url}#/exam/${BANK}?${query}`;

async function reloadAndCompare(page, step, reloads) {
  const before = await snapshot(page);
  await page.reload();
  const after = await snapshot(page);
  assert.deepEqual(after, before, `after a reload at step "${step}"`);
  reloads.push(step);
}

test('a reload after every answer, flag, check, move and the submit loses nothing', async () => {
  const { context, page, errors } = await openPage(app.browser);
  const reloads = [];
  await page.goto(examUrl('mode=practice&count=4&seed=11&shuffle=off&time=none'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  const steps = [
    ['answer question 1', () => page.locator('.choices input').first().check()],
    ['flag question 1', () => page.getByRole('button', { name: 'Flag for review' }).click()],
    ['check question 1', () => page.getByRole('button', { name: 'Check' }).click()],
    ['next to question 2', () => page.getByRole('button', { name: 'Next', exact: true }).click()],
    ['answer question 2', () => page.locator('.choices input').nth(1).check()],
    ['change the answer to question 2', () => page.locator('.choices input').nth(2).check()],
    ['flag question 2', () => page.getByRole('button', { name: 'Flag for review' }).click()],
    ['unflag question 2', () => page.getByRole('button', { name: 'Flag for review' }).click()],
    ['go to question 4 from the navigator', () => page.getByRole('button', { name: /^Question 4, / }).click()],
    ['answer question 4', () => page.locator('.choices input').last().check()],
    ['previous to question 3', () => page.getByRole('button', { name: 'Previous', exact: true }).click()],
  ];
  for (const [step, act] of steps) {
    await act();
    await reloadAndCompare(page, step, reloads);
  }
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('region', { name: 'Results' }).waitFor();
  await reloadAndCompare(page, 'submit', reloads);
  await reloadAndCompare(page, 'results, again', reloads);
  assert.equal(reloads.length, 13);

  await page.goto(`${app.url}#/bank/${BANK}`);
  const history = page.getByRole('table', { name: /attempts/i });
  await history.waitFor();
  assert.equal(await history.locator('tbody tr').count(), 1, 'the attempt is in the history once, however often the results were reloaded');
  assert.deepEqual(errors, []);
  await context.close();
});

const DAMAGED = [
  ['damaged', () => '{"format":1,"session":{"broken', /the saved exam is damaged/],
  ['truncated', (saved) => saved.slice(0, Math.floor(saved.length / 2)), /the saved exam is damaged/],
  ['from an old version', (saved) => saved.replace('"format":1', '"format":0'), /written in format 0, which this version cannot read/],
  ['from another bank', (saved) => saved.replace(`"bank_id":"${BANK}"`, '"bank_id":"someone-else"'), /belongs to another bank \("someone-else"\)/],
  ['not JSON at all', () => 'hello', /the saved exam is damaged/],
];

for (const [kind, damage, reason] of DAMAGED) {
  test(`saved progress ${kind} is reported, set aside intact, and a new exam works`, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await page.goto(examUrl('mode=practice&count=2&time=none&shuffle=off&seed=3'));
    await page.locator('.choices input').first().check();
    const saved = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
    assert.match(saved, /"format":1/);
    const bad = damage(saved);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SESSION_KEY, bad]);
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'set aside' });
    await notice.waitFor();
    assert.match(await notice.innerText(), reason);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), ASIDE_KEY), bad, 'the damaged data is kept, not lost');
    await page.locator('.choices input').first().check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: /Good job!|Incorrect/ }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('with storage disabled, as in some private modes, the exam and its results still work with a notice', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(examUrl('mode=exam&count=2&seed=4&time=5'));
  await page.getByRole('status').filter({ hasText: 'Progress cannot be kept in this browser' }).waitFor();
  await page.locator('.choices input').first().check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { name: 'Question 2', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('region', { name: 'Results' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'These results cannot be saved in this browser' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'This attempt cannot be added to your history' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('with storage full, the results still show and say the history could not keep them', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=exam&count=2&seed=5&time=5'));
  await page.locator('.choices input').first().check();
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('region', { name: 'Results' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'This attempt cannot be added to your history' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bank edited between saving and resuming is detected and the old exam set aside', async () => {
  const { context, page, errors } = await openPage(app.browser);
  const original = JSON.parse(await readFile('tests/fixtures/e2e/questions/fixture-compute.json', 'utf8'));
  original.id = 'edited-bank';
  const upload = (bank) => page.getByLabel('Open a question file…').setInputFiles({
    name: 'edited-bank.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bank)),
  });
  await page.goto(app.url);
  await upload(original);
  await page.locator('.notice-ok').waitFor();
  const exam = `${app.url}#/exam/edited-bank?mode=practice&count=3&seed=8&shuffle=off&time=none`;
  await page.goto(exam);
  await page.locator('.choices input').first().check();

  const edited = structuredClone(original);
  edited.questions[0].choices.pop();
  if (JSON.stringify(edited.questions[0].answer).includes(original.questions[0].choices.at(-1).id)) {
    edited.questions[0].answer = edited.questions[0].choices[0].id;
  }
  await page.goto(app.url);
  await upload(edited);
  await page.locator('.notice-ok').filter({ hasText: 'It replaces the copy kept earlier' }).waitFor();
  await page.goto(exam);
  const notice = page.getByRole('status').filter({ hasText: 'set aside' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /the question bank has changed since the exam was saved/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('damaged attempt history is reported and set aside intact, and new attempts are recorded', async () => {
  const { context, page, errors } = await openPage(app.browser);
  const historyKey = `exam-practice|${PREFIX}|${BANK}|history`;
  await page.goto(app.url);
  await page.evaluate((key) => localStorage.setItem(key, '{"format":1,"attempts":[{"broken'), historyKey);
  await page.goto(`${app.url}#/bank/${BANK}`);
  await page.getByRole('status').filter({ hasText: 'Saved attempt history could not be read and was set aside' }).waitFor();
  const aside = await page.evaluate((key) => localStorage.getItem(`${key}-set-aside`), historyKey);
  assert.equal(aside, '{"format":1,"attempts":[{"broken', 'the damaged history is kept, not lost');

  await page.goto(examUrl('mode=exam&count=2&seed=6&time=5'));
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('region', { name: 'Results' }).waitFor();
  await page.goto(`${app.url}#/bank/${BANK}`);
  const history = page.getByRole('table', { name: /attempts/i });
  await history.waitFor();
  assert.equal(await history.locator('tbody tr').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('saved progress that cannot be read or set aside, with storage full, is left as it was and never written over', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=practice&count=2&time=none&shuffle=off&seed=3'));
  await page.locator('.choices input').first().check();
  const bad = '{"format":1,"session":{"broken';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SESSION_KEY, bad]);
  // Storage too full for one more record (the set-aside copy), while rewriting an existing
  // record of the same size would still fit.
  await page.addInitScript((asideKey) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === asideKey) throw new DOMException('quota exceeded', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  }, ASIDE_KEY);
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'could not be set aside either' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /left as it was/);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY), bad, 'the unreadable data is still there');
  await page.locator('.choices input').first().check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: /Good job!|Incorrect/ }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY), bad, 'and the new exam did not write over it');
  assert.deepEqual(errors, []);
  await context.close();
});
