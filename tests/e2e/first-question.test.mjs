// The first module and the whole app (crates/first-question, src/web/handover.rs): an exam link's
// first question works before the whole app has arrived; when it arrives it takes over with
// nothing lost or moved (answers, flag, checked answer, focus, scroll) and no frame without the
// question; the exam's lock stays in this tab; and when the whole app cannot load, the exam goes
// on and says what is unavailable. Every test runs on a throttled network, as a candidate on a
// slow connection would meet it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, openPage, snapshot, throttleNetwork } from './harness.mjs';

const BANK = 'fixture-compute';
const app = useServedApp();
const EXAM = () => `${app.url}#/exam/${BANK}?mode=practice&count=4&seed=11&shuffle=off&time=none`;
const WHOLE_APP_WASM = /\/exam-practice_bg\.wasm$/;

/** Holds the whole app's wasm until `release()` is called. */
async function holdWholeApp(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(WHOLE_APP_WASM, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The focused element, as a candidate would know it: its kind, name and pressed state. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el && `${el.tagName} ${el.getAttribute('aria-pressed') ?? ''} ${el.id} ${el.textContent.trim()}`;
  });
}

const wholeAppReady = (page) =>
  page.waitForFunction(() => performance.getEntriesByName('whole-app-ready').length > 0);

test('on a slow connection the first question is interactive before the whole app has downloaded', async () => {
  const { context, page, errors } = await openPage(app.browser, { wholeApp: false });
  await throttleNetwork(page);
  await page.goto(EXAM());
  await wholeAppReady(page);
  const times = await page.evaluate(() => ({
    firstQuestion: performance.getEntriesByName('first-question-interactive')[0]?.startTime,
    wholeApp: performance.getEntriesByName('whole-app-ready')[0]?.startTime,
    wholeAppWasm: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/exam-practice_bg.wasm'))?.responseEnd,
  }));
  assert.ok(times.firstQuestion > 0, 'the first module marked its first question interactive');
  assert.ok(times.wholeAppWasm > times.firstQuestion, `the whole app's wasm was still on its way when the first question was ready (${JSON.stringify(times)})`);
  assert.ok(times.wholeApp >= times.wholeAppWasm, 'the whole app is ready only once its wasm has arrived');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the first question is answered, flagged and checked before the whole app arrives, and nothing changes when it takes over or on a reload', async () => {
  const { context, page, errors } = await openPage(app.browser, { wholeApp: false });
  await throttleNetwork(page);
  await page.setViewportSize({ width: 420, height: 520 });
  const release = await holdWholeApp(page);
  await page.goto(EXAM());
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await page.locator('.choices input').first().check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.locator('.feedback').waitFor();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await page.evaluate(() => window.scrollTo(0, 140));
  assert.equal(await page.evaluate(() => typeof window.examPracticeFirstModule), 'object', 'the first module runs the exam');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('whole-app-ready').length), 0, 'the whole app has not arrived');
  const before = await snapshot(page);
  const focusBefore = await focused(page);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  assert.ok(scrollBefore > 0, 'the page scrolls at this size');
  // Every frame from now on is checked for the question with the choices as the candidate left
  // them, so a frame drawn without it (a flash of an empty or loading page during the handover)
  // or with a choice unpicked is caught.
  await page.evaluate(() => {
    window.framesWithoutQuestion = 0;
    window.framesWithOtherChoices = 0;
    const picked = () => [...document.querySelectorAll('.app-root:not([hidden]) .choices input')].map((input) => input.checked).join();
    const left = picked();
    const watch = () => {
      if (!document.querySelector('.app-root:not([hidden]) #question-heading')) window.framesWithoutQuestion++;
      if (picked() !== left) window.framesWithOtherChoices++;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });

  release();
  await wholeAppReady(page);
  assert.equal(await page.evaluate(() => window.framesWithoutQuestion), 0, 'no frame without the question');
  assert.equal(await page.evaluate(() => window.framesWithOtherChoices), 0, 'no frame with a choice unpicked or another picked');
  assert.equal(await page.locator('#first-module').count(), 0, "the first module's page is gone");
  assert.equal(await page.locator('#question-heading').count(), 1, 'one question on the page');
  assert.deepEqual(await snapshot(page), before, 'the same exam after the whole app took over');
  assert.equal(await focused(page), focusBefore, 'focus where it was');
  assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'scrolled where it was');

  // The lock stayed in this tab: another tab is told the exam is open here, and this one was
  // never told it lost the exam.
  const other = await context.newPage();
  await other.goto(EXAM());
  await other.getByRole('alert').filter({ hasText: 'This exam is open in another tab or window' }).waitFor();
  assert.equal(await page.getByText('This exam was taken over in another tab or window').count(), 0);
  await other.close();

  // The whole app works: moving on and back keeps everything, and so does a reload.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { name: 'Question 2', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Previous', exact: true }).click();
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.deepEqual(await snapshot(page), before, 'the same exam after moving on and back');
  await page.unrouteAll();
  await page.reload();
  await wholeAppReady(page);
  assert.deepEqual(await snapshot(page), before, 'the same exam after a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an exam submitted before the whole app arrives shows its results once it does', async () => {
  const { context, page, errors } = await openPage(app.browser, { wholeApp: false });
  await throttleNetwork(page);
  const release = await holdWholeApp(page);
  await page.goto(EXAM());
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await page.locator('.choices input').first().check();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('heading', { name: 'Your answers are submitted' }).waitFor();
  release();
  await page.getByRole('region', { name: 'Results' }).waitFor();
  await wholeAppReady(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the whole app cannot load, the exam goes on, says what is unavailable, and keeps every answer', async () => {
  const { context, page } = await openPage(app.browser, { wholeApp: false });
  await throttleNetwork(page);
  await page.route(WHOLE_APP_WASM, (route) => route.abort());
  await page.goto(EXAM());
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await page.getByRole('status').filter({ hasText: 'The rest of the app could not load' }).waitFor();
  await page.locator('.choices input').nth(1).check();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { name: 'Question 2', exact: true }).waitFor();
  await page.locator('.choices input').first().check();
  const before = await snapshot(page);
  await page.unrouteAll();
  await page.reload();
  await wholeAppReady(page);
  assert.deepEqual(await snapshot(page), before, 'everything done without the whole app was kept');
  await context.close();
});
