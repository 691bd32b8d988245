// Two tabs, one exam: the second tab is told the exam is open elsewhere and writes nothing; it
// can take the exam over with everything the first saved, and the first then stops saving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, PREFIX } from './harness.mjs';

const BANK = 'fixture-compute';
const SESSION_KEY = `exam-practice|${PREFIX}|${BANK}|session`;
const app = useServedApp();
const link = () => `${app.url}#/exam/${BANK}?mode=practice&count=3&seed=31&shuffle=off&time=none`;

async function newTab(context, errors) {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

const saved = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), SESSION_KEY);

test('a second tab cannot overwrite the first, can take the exam over, and the first then stops saving', async () => {
  const context = await app.browser.newContext();
  const errors = [];
  const first = await newTab(context, errors);
  await first.goto(link());
  await first.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await first.locator('.choices input').first().check();
  const afterFirst = await saved(first);

  const second = await newTab(context, errors);
  await second.goto(link());
  const elsewhere = second.getByRole('alert').filter({ hasText: 'This exam is open in another tab or window' });
  await elsewhere.waitFor();
  assert.equal(await second.locator('.choices input').count(), 0, 'the second tab shows no exam to change');
  assert.deepEqual(await saved(second), afterFirst, 'opening a second tab writes nothing');

  await first.getByRole('button', { name: 'Flag for review' }).click();
  const flagged = await saved(first);
  assert.notDeepEqual(flagged, afterFirst, 'the first tab still saves while it holds the exam');

  await second.getByRole('button', { name: 'Take over the exam here' }).click();
  await second.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.equal(await second.locator('.choices input').first().isChecked(), true, 'the answer made in the first tab is there');
  assert.equal(await second.getByRole('button', { name: 'Flag for review' }).getAttribute('aria-pressed'), 'true', 'and the flag');
  await first.getByRole('alert').filter({ hasText: 'This exam was taken over in another tab or window' }).waitFor();
  assert.equal(await first.locator('.choices input').count(), 0, 'the first tab no longer offers the exam');

  await second.getByRole('button', { name: 'Next', exact: true }).click();
  await second.getByRole('heading', { name: 'Question 2', exact: true }).waitFor();
  await second.locator('.choices input').first().check();
  const bySecond = await saved(second);
  assert.equal(bySecond.session.current, 1);

  await first.getByRole('button', { name: 'Take the exam back' }).click();
  await first.getByRole('heading', { name: 'Question 2', exact: true }).waitFor();
  assert.equal(await first.locator('.choices input').first().isChecked(), true, "taking it back brings the second tab's answers");
  await second.getByRole('alert').filter({ hasText: 'This exam was taken over' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('closing the tab that has the exam frees it for the next one at once', async () => {
  const context = await app.browser.newContext();
  const errors = [];
  const first = await newTab(context, errors);
  await first.goto(link());
  await first.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await first.close();
  const second = await newTab(context, errors);
  await second.goto(link());
  await second.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Resolves once no tab of the site holds a Web Lock (the browser's own record, polled in the
 * page); fails if one is still held after ten seconds, far beyond the one-second release delay.
 */
const noLockHeld = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const giveUp = setTimeout(() => reject(new Error('an exam lock is still held after 10 s')), 10_000);
  const check = () => navigator.locks.query().then((state) => {
    if (state.held.length === 0) {
      clearTimeout(giveUp);
      resolve();
    } else {
      setTimeout(check, 50);
    }
  });
  check();
}));

test('leaving the exam page, or opening an exam that cannot start, frees the exam for another tab', async () => {
  const context = await app.browser.newContext();
  const errors = [];
  const first = await newTab(context, errors);
  await first.goto(link());
  await first.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await first.goto(`${app.url}#/`);
  await first.getByRole('list', { name: 'Question banks' }).waitFor();
  await noLockHeld(first);

  const second = await newTab(context, errors);
  await second.goto(link());
  await second.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await second.goto(`${app.url}#/`);
  await noLockHeld(second);

  // A link with a setting that does not work shows its problem and holds nothing.
  await first.goto(`${app.url}#/exam/${BANK}?mode=quiz`);
  await first.getByRole('alert').filter({ hasText: 'mode=quiz' }).waitFor();
  await noLockHeld(first);
  await second.goto(link());
  await second.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
