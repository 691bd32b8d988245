// The teacher's side in the release build: question files opened through the file picker or
// dropped on the page, banks kept in the browser and removed, and banks loaded by `?bank=`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useServedApp, openPage, serveDist } from './harness.mjs';

const FIXTURES = 'tests/fixtures/import';
const quizText = (await readFile(`${FIXTURES}/quiz-tasks.md`, 'utf8')).split('### A question nobody ticked')[0];
const app = useServedApp({
  '/elsewhere/quiz.md': { body: quizText, type: 'text/markdown; charset=utf-8' },
});

/** The teachers' tools worker module's files among the requests from `from` on. */
const workerRequests = (server, from = 0) => server.requests.slice(from).filter((path) => path.includes('teacher-tools'));

test('a GIFT file opened through the file picker is shown with its warnings and one question of it can be taken', async () => {
  const { context, page, errors } = await openPage(app.browser);
  const from = app.server.requests.length;
  await page.goto(app.url);
  await page.getByLabel('Open a question file…').waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(workerRequests(app.server, from), [], 'the first page loads no worker module');
  await page.getByLabel('Open a question file…').setInputFiles(`${FIXTURES}/containers.gift`);
  const report = page.locator('.notice-ok');
  await report.waitFor();
  assert.match(await report.innerText(), /Opened "Containers" from containers\.gift \(GIFT\): 8 questions, kept in this browser\. 8 warnings:/);
  const warnings = page.getByRole('list', { name: 'Warnings for containers.gift' });
  assert.match(await warnings.innerText(), /containers\.gift:36: warning: "Essay" is an essay question/);

  await page.getByRole('link', { name: 'Take Containers' }).click();
  await page.getByRole('heading', { name: 'Containers', level: 1 }).waitFor();
  await page.getByLabel(/Number of questions/).fill('1');
  await page.getByLabel(/Number of questions/).dispatchEvent('change');
  await page.getByRole('checkbox', { name: 'Shuffle questions and choices' }).uncheck();
  await page.getByRole('button', { name: 'Start exam' }).click();
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.match(await page.locator('.prompt').first().innerText(), /Which service runs containers without any servers/);
  await page.getByRole('radio', { name: /AWS Fargate/ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
  assert.match(await page.locator('.feedback').innerText(), /Fargate is the serverless way to run ECS/);
  assert.ok(workerRequests(app.server, from).some((path) => path.endsWith('.wasm')), 'the GIFT reader came with the file');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a GIFT bank the site lists is read in the worker when opened, not before', async () => {
  const index = JSON.stringify({ banks: [
    { path: 'fixture-compute.json', id: 'fixture-compute', title: 'Fixture bank: Other Compute' },
    { path: 'containers.gift', id: 'containers', title: 'Containers quiz' },
  ] });
  const server = await serveDist(process.env.E2E_DIST || 'dist', '/', {
    '/questions/index.json': { body: index, type: 'application/json' },
    '/questions/containers.gift': { body: await readFile(`${FIXTURES}/containers.gift`), type: 'text/plain' },
  });
  const { context, page, errors } = await openPage(app.browser);
  try {
    await page.goto(server.url);
    const listed = page.getByRole('list', { name: 'Question banks' }).getByRole('article', { name: 'Containers quiz' });
    await listed.waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(workerRequests(server), [], 'listing it loads no worker module');
    await listed.getByRole('link', { name: 'Open Containers quiz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Containers quiz' }).waitFor();
    assert.match(await page.locator('main').innerText(), /8 questions/);
    assert.ok(workerRequests(server).some((path) => path.endsWith('.wasm')), 'read by the worker');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('an opened bank is kept through a reload and can be removed', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(app.url);
  await page.getByLabel('Open a question file…').setInputFiles(`${FIXTURES}/bom-crlf-aiken.txt`);
  await page.locator('.notice-ok').waitFor();
  await page.reload();
  const kept = page.getByRole('list', { name: 'Kept in this browser' });
  await kept.getByRole('link', { name: 'Open Bom crlf aiken' }).waitFor();
  assert.match(await kept.innerText(), /2 questions, from bom-crlf-aiken\.txt \(Aiken\)/);
  await kept.getByRole('button', { name: 'Remove Bom crlf aiken' }).click();
  await page.getByRole('link', { name: 'Open Bom crlf aiken' }).waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('list', { name: 'Question banks' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Open Bom crlf aiken' }).count(), 0, 'removal is kept too');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Markdown file dropped on the page is opened like a picked one', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(app.url);
  await page.getByLabel('Open a question file…').waitFor();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'quiz.md', { type: 'text/markdown' }));
    return transfer;
  }, quizText);
  await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer });
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
  const report = page.locator('.notice-ok');
  await report.waitFor();
  assert.match(await report.innerText(), /Opened "Serverless quick quiz" from quiz\.md \(Markdown task list\): 3 questions/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file with broken questions imports the others and lists each one skipped as file:line', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(app.url);
  await page.getByLabel('Open a question file…').setInputFiles(`${FIXTURES}/lightsail-aiken.txt`);
  const report = page.locator('.notice-ok');
  await report.waitFor();
  assert.match(await report.innerText(), /Opened "Lightsail aiken" from lightsail-aiken\.txt \(Aiken\): 2 questions, kept in this browser\./);
  assert.match(await report.innerText(), /Imported 2 of 4 questions; 2 skipped:/);
  const skipped = await page.getByRole('list', { name: 'Skipped in lightsail-aiken.txt' }).innerText();
  assert.match(skipped, /lightsail-aiken\.txt:14: question "q3" \(#3\): this question has no ANSWER: line after its choices; the question is skipped/);
  assert.match(skipped, /lightsail-aiken\.txt:22: question "q4" \(#4\): answer "e" is not one of the choices a, b; the question is skipped/);
  const kept = page.getByRole('list', { name: 'Kept in this browser' });
  assert.match(await kept.innerText(), /2 questions, from lightsail-aiken\.txt \(Aiken\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file with nothing usable is refused with every problem as file:line, and nothing is kept', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(app.url);
  const text = 'Which service is a registry?\nA. Amazon ECR\nB. Amazon SQS\n\nWhich one runs functions?\nA. AWS Lambda\nB. Amazon S3\nANSWER: Q\n';
  await page.getByLabel('Open a question file…').setInputFiles({ name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const alert = page.getByRole('alert').filter({ hasText: 'broken.txt cannot be used' });
  await alert.waitFor();
  const problems = await page.getByRole('list', { name: 'Problems in broken.txt' }).innerText();
  assert.match(problems, /broken\.txt:1: question "q1" \(#1\): this question has no ANSWER: line after its choices/);
  assert.match(problems, /broken\.txt:8: question "q2" \(#2\): ANSWER: "Q" is not one of the choices|broken\.txt:8: question "q2" \(#2\): answer "q" is not one of the choices a, b/);
  assert.match(problems, /none of the 2 questions can be used/);
  assert.doesNotMatch(problems, /the question is skipped/);
  assert.equal(await page.getByRole('list', { name: 'Kept in this browser' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('?bank= loads a bank from the same site and goes to it, and a seeded exam link into it works', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(`${app.url}?bank=/elsewhere/quiz.md`);
  await page.getByRole('heading', { name: 'Serverless quick quiz', level: 1 }).waitFor();
  assert.match(page.url(), /#\/bank\/quiz$/);

  await page.goto(`${app.url}?bank=/elsewhere/quiz.md#/exam/quiz?mode=practice&count=1&seed=3&shuffle=off`);
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.match(await page.locator('.prompt').first().innerText(), /managed HTTP API in front of Lambda/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('?bank= explains a missing file and another site that does not allow reading, and accepts one that does', async () => {
  const other = await serveDist('dist', '/nothing-here/', {
    '/closed/quiz.md': { body: quizText },
    '/open/quiz.md': { body: quizText, headers: { 'access-control-allow-origin': '*' } },
  });
  try {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.url}?bank=/elsewhere/missing.gift`);
    const missing = page.getByRole('alert').filter({ hasText: '/elsewhere/missing.gift cannot be used' });
    await missing.waitFor();
    assert.match(await missing.innerText(), /could not be loaded: the server answered 404/);

    await page.goto(`${app.url}?bank=${encodeURIComponent(`${other.origin}/closed/quiz.md`)}`);
    const closed = page.getByRole('alert').filter({ hasText: '/closed/quiz.md cannot be used' });
    await closed.waitFor();
    assert.match(await closed.innerText(), /may not allow this site to read it \(CORS\)/);

    await page.goto(`${app.url}?bank=${encodeURIComponent(`${other.origin}/open/quiz.md`)}`);
    await page.getByRole('heading', { name: 'Serverless quick quiz', level: 1 }).waitFor();
    await context.close();
  } finally {
    await other.close();
  }
});
