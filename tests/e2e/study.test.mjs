// The study system in the release build: confidence by keyboard and its score, a review coming
// due on a controlled clock, a missed question asked again, the readiness panel appearing only
// with enough evidence, and the progress file saved and loaded back. Found by role and name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useServedApp, openPage } from './harness.mjs';

const BANK = 'fixture-compute';
const DAY = 86_400_000;
const app = useServedApp();

const examUrl = (query) => `${app.url}#/exam/${BANK}?${query}`;
const bankUrl = () => `${app.url}#/bank/${BANK}`;

async function submit(page) {
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('region', { name: 'Results' }).waitFor();
}

test('confidence is set by keyboard, locked with the answer, and scored beside the exam score', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=practice&count=2&seed=1&shuffle=off&time=none'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  const sure = page.getByRole('radio', { name: 'Sure', exact: true });
  assert.equal(await sure.isChecked(), false, 'no confidence until the candidate gives one');
  await page.keyboard.press('s');
  await page.getByRole('radio', { name: 'Sure', exact: true, checked: true }).waitFor();
  await page.keyboard.press('u');
  await page.getByRole('radio', { name: 'Unsure', exact: true, checked: true }).waitFor();
  assert.equal(await sure.isChecked(), false, 'one level at a time');
  // The right answer to the first question, then checked: the confidence locks with it.
  await page.getByRole('radio', { name: /The number of requests, plus compute time/ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Unsure', exact: true }).isDisabled(), true);
  await page.keyboard.press('s');
  await page.getByRole('status').filter({ hasText: 'This answer has been checked and is locked.' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Unsure', exact: true }).isChecked(), true);

  await page.keyboard.press('n');
  await page.getByRole('heading', { name: 'Question 2', exact: true }).waitFor();
  await page.keyboard.press('g');
  await page.getByRole('radio', { name: 'Guess', exact: true, checked: true }).waitFor();
  await submit(page);
  const results = page.getByRole('region', { name: 'Results' });
  const certainty = results.getByRole('region', { name: 'How sure you were' });
  // Unsure and right: +2; the second is unanswered with a guess: 0. Best possible: 2 × 3.
  assert.match(await certainty.innerText(), /Certainty-based score: 2 of a possible 6 \(1\.00 a question/);
  assert.match(await results.innerText(), /You said: Unsure\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an exam without confidence shows no certainty score', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=practice&count=1&seed=1&shuffle=off&time=none'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await submit(page);
  assert.equal(await page.getByRole('region', { name: 'How sure you were' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a question answered right comes due for review once the controlled clock passes its interval', async () => {
  const { context, page, errors } = await openPage(app.browser);
  const T0 = new Date('2026-11-23T09:00:00Z').getTime();
  await page.clock.install({ time: T0 });
  await page.goto(examUrl('mode=practice&count=1&seed=1&shuffle=off&time=none'));
  await page.getByRole('radio', { name: /The number of requests, plus compute time/ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
  await submit(page);

  await page.goto(bankUrl());
  const study = page.getByRole('region', { name: 'Study' });
  await study.getByText('No questions are due for review.').waitFor();
  assert.match(await study.innerText(), /Next review: /);
  assert.equal(await study.getByRole('link', { name: /Review now/ }).count(), 0);

  await page.clock.setSystemTime(T0 + 60 * DAY);
  await page.reload();
  await study.getByText('1 question due for review.').waitFor();
  await study.getByRole('link', { name: 'Review now (1)' }).click();
  await page.getByText('Question 1 of 1').waitFor();
  assert.match(await page.locator('.prompt').first().innerText(), /Lambda/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a missed question comes back at the end of a practice session and is due for review at once', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(examUrl('mode=practice&count=2&seed=1&shuffle=off&time=none'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await page.getByRole('radio', { name: /The number of requests, plus compute time/ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('radio', { name: 'It runs on one fixed day each month' }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: '✗ Incorrect' }).waitFor();
  assert.match(await page.locator('.feedback').innerText(), /This question comes back at the end of this session\./);
  await page.getByText('Question 2 of 3').waitFor();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByText(/You missed this one earlier in this session/).waitFor();
  await page.getByRole('radio', { name: /It runs when it is needed/ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
  await submit(page);
  const results = page.getByRole('region', { name: 'Results' });
  assert.match(await results.innerText(), /50%/, 'the second try does not change the score');

  await page.goto(bankUrl());
  const study = page.getByRole('region', { name: 'Study' });
  await study.getByText('1 question due for review. Missed last time: 1.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Am I ready?" waits for first answers in every topic, then gives a verdict with its band', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(bankUrl());
  const readiness = page.getByRole('group', { name: 'Am I ready?' });
  await readiness.getByText(/Not enough evidence yet/).waitFor();
  assert.doesNotMatch(await readiness.innerText(), /Likely|Borderline|Not yet:/);
  // A topic with no first answer shows no mastery figure (not the estimate's starting level).
  assert.equal(await readiness.getByRole('cell', { name: 'No answers yet', exact: true }).count(), 7);
  assert.equal(await readiness.getByRole('img', { name: /^Mastery/ }).count(), 0);

  // Every question of the bank once, each answered with its first choice, by keyboard.
  const count = 46;
  await page.goto(examUrl(`mode=exam&count=${count}&seed=5&time=none&extra=untimed`));
  for (let i = 1; i <= count; i++) {
    await page.getByRole('heading', { name: `Question ${i}`, exact: true }).waitFor();
    await page.keyboard.press('a');
    await page.locator('.choice.selected').first().waitFor();
    if (i < count) await page.keyboard.press('n');
  }
  await submit(page);

  await page.goto(bankUrl());
  await readiness.getByText(/80% band/).waitFor();
  const text = await readiness.innerText();
  assert.match(text, /(Not yet|Borderline|Likely): your chance of passing the 20-question exam \(14 right needed\) is (about \d+|under 1|over 99)% \(80% band: \d+% to \d+%\)/);
  // Each link's name holds its visible text (WCAG 2.5.3, label in name) and then its topic.
  assert.equal(await readiness.getByRole('link', { name: /^Practise this topic: / }).count(), 7, 'one per topic');
  await readiness.getByRole('link', { name: 'Practise this topic: AWS Lambda', exact: true }).waitFor();
  assert.equal(await readiness.getByRole('img', { name: /^Mastery \d+%$/ }).count(), 7);
  assert.deepEqual(errors, []);
  await context.close();
});

test('progress saved to a file loads back into a fresh browser; a wrong file is refused and changes nothing', async () => {
  const first = await openPage(app.browser);
  await first.page.goto(examUrl('mode=practice&count=1&seed=1&shuffle=off&time=none'));
  await first.page.getByRole('radio', { name: /The number of requests, plus compute time/ }).check();
  await first.page.keyboard.press('s');
  await first.page.getByRole('button', { name: 'Check' }).click();
  await submit(first.page);
  await first.page.goto(bankUrl());
  await first.page.getByRole('heading', { name: 'Your attempts' }).waitFor();
  const [download] = await Promise.all([
    first.page.waitForEvent('download'),
    first.page.getByRole('button', { name: 'Save my progress' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^exam-practice-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(saved);
  assert.equal(file.kind, 'exam-practice-progress');
  assert.equal(file.banks[BANK].history.attempts.length, 1);
  assert.equal(Object.values(file.banks[BANK].review.cards)[0].last_confidence, 'sure');
  assert.deepEqual(first.errors, []);
  await first.context.close();

  const { context, page, errors } = await openPage(app.browser);
  await page.goto(bankUrl());
  await page.getByRole('heading', { name: 'Study' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Your attempts' }).count(), 0, 'a fresh browser has no history');
  const load = page.getByLabel('Load progress');
  await load.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await page.getByText('Loaded progress.json: 1 bank, 1 new attempt and 1 newer review record.').waitFor();
  await page.getByRole('heading', { name: 'Your attempts' }).waitFor();
  assert.match(await page.getByRole('region', { name: 'Study' }).innerText(), /No questions are due for review\./);

  await load.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1}') });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /notes\.json: not a progress file .*Nothing was changed\./);
  await page.reload();
  await page.getByRole('heading', { name: 'Your attempts' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
