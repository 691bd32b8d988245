// Results for the teacher, in the release build: a candidate's results as CSV, the result file
// for the teacher, and the Class results page grading several files again (an edited score
// counts for nothing; damaged files and files for another bank are named, the rest count).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useServedApp, openPage } from './harness.mjs';

const BANK = 'fixture-compute';
const app = useServedApp();
const examUrl = (query) => `${app.url}#/exam/${BANK}?${query}`;

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Takes a three-question exam choosing the n-th choice each time; returns the page's score. */
async function sit(page, name, pick) {
  await page.goto(examUrl('mode=exam&count=3&seed=11&shuffle=off&time=10'));
  for (let i = 1; i <= 3; i++) {
    await page.getByRole('heading', { name: `Question ${i}`, exact: true }).waitFor();
    await page.locator('.choices input').nth(pick[i - 1]).check();
    if (i < 3) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('region', { name: 'Results' }).waitFor();
  await page.getByLabel('Your name, for your teacher (optional)').fill(name);
  return page.locator('.score-figure').innerText();
}

test('results download as CSV and as a result file that the Class results page grades again', async () => {
  const { context, page, errors } = await openPage(app.browser);
  const annScore = await sit(page, 'Ann', [1, 0, 3]);
  const csv = await download(page, 'Download results (CSV)');
  assert.match(csv.name, /^results-fixture-compute-\d+\.csv$/);
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines[0], 'number,question,topic,your answer,right answer,result,flagged,confidence,time (s)');
  assert.equal(lines.length, 4, 'a line per question');
  const right = lines.slice(1).filter((l) => /,right,no,/.test(l)).length;
  assert.equal(`${Math.round((right * 100) / 3)}%`, annScore, 'the CSV agrees with the page');
  const ann = await download(page, 'Download a result file for your teacher');
  const annFile = JSON.parse(ann.text);
  assert.equal(annFile.candidate, 'Ann');
  assert.equal(annFile.answers.length, 3);
  assert.ok(!('score' in annFile) && !('correct' in annFile), 'no score in the file');

  // Another candidate, in a browser of their own.
  const other = await openPage(app.browser);
  const benScore = await sit(other.page, 'Ben', [0, 0, 0]);
  const ben = await download(other.page, 'Download a result file for your teacher');
  assert.deepEqual(other.errors, []);
  await other.context.close();

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Class results' }).click();
  await page.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
  const edited = JSON.stringify({ ...annFile, score: 100, correct: 3 });
  const otherBank = JSON.stringify({ ...annFile, bank_id: 'another-bank', bank_title: 'Another bank' });
  await page.getByLabel('Result files').setInputFiles([
    { name: 'ann.json', mimeType: 'application/json', buffer: Buffer.from(edited) },
    { name: 'ben.json', mimeType: 'application/json', buffer: Buffer.from(ben.text) },
    { name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "exam-practice-result", "form') },
    { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(otherBank) },
  ]);
  const section = page.getByRole('region', { name: 'Fixture bank: Other Compute' });
  const candidates = section.getByRole('table', { name: /Candidates \(2\)/ });
  await candidates.waitFor();
  const row = (name) => candidates.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  assert.match(await row('Ann').innerText(), new RegExp(`^Ann\\s+${annScore}`), 'graded again: the edited score counts for nothing');
  assert.match(await row('Ben').innerText(), new RegExp(`^Ben\\s+${benScore}`));
  const alert = await page.getByRole('alert').innerText();
  assert.match(alert, /damaged\.json: not a result file/);
  assert.match(alert, /other\.json: a result for bank "another-bank", which this site does not have/);
  const questions = section.getByRole('table', { name: /^Questions/ });
  assert.equal(await questions.locator('tbody tr').count(), 3);
  const stats = await download(page, 'Download question statistics (CSV)');
  assert.match(stats.text, /^question,topic,asked,right,share right,point-biserial,most chosen wrong choice,times chosen\r\n/);
  assert.equal(stats.text.trim().split('\r\n').length, 4);
  assert.deepEqual(errors, []);
  await context.close();
});
