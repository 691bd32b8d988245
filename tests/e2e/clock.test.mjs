// The exam clock on a controlled browser clock (Playwright's clock): a laptop asleep past the
// deadline, a system clock set backwards, a hidden tab, and drift over a 90-minute exam.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, openPage } from './harness.mjs';

const app = useServedApp();
const examUrl = (query) => `${app.url}#/exam/fixture-compute?${query}`;
const T0 = new Date('2026-11-23T08:00:00Z').getTime();

/** The countdown as seconds, from "MM:SS" or "H:MM:SS". */
async function shownSeconds(page) {
  const text = await page.getByRole('timer', { name: 'Time left' }).innerText();
  return text.split(':').map(Number).reduce((total, part) => total * 60 + part, 0);
}

async function returnToTab(page) {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

test('a laptop asleep past the deadline submits on return as timed out, with the full time used', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.clock.install({ time: T0 });
  await page.goto(examUrl('mode=exam&count=2&seed=21&time=2'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await page.getByRole('radio').first().check();
  // Asleep: the wall clock jumps ten minutes while no timer runs and the page does nothing.
  await page.clock.setSystemTime(T0 + 10 * 60_000);
  await returnToTab(page);
  const results = page.getByRole('region', { name: 'Results' });
  await results.waitFor();
  const text = await results.innerText();
  assert.match(text, /Time ran out: the exam was submitted automatically/);
  assert.match(text, /Unanswered\s+1/);
  assert.match(text, /Time used\s+2 min 00 s/, 'the time used stops at the limit');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a system clock set backwards gives no time back, in the page or after a reload', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.clock.install({ time: T0 });
  await page.goto(examUrl('mode=exam&count=3&seed=22&time=10'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await page.clock.runFor(60_000);
  assert.equal(await shownSeconds(page), 9 * 60);
  await page.clock.setSystemTime(T0 + 60_000 - 30 * 60_000);
  await page.clock.runFor(60_000);
  assert.equal(await shownSeconds(page), 8 * 60, 'the countdown went on as if nothing happened');
  await page.getByRole('radio').first().check();
  await page.reload();
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.ok(await shownSeconds(page) <= 8 * 60, 'a reload with the clock still set back adds nothing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a hidden tab whose timers the browser slowed shows the right time the moment it returns', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.clock.install({ time: T0 });
  await page.goto(examUrl('mode=exam&count=3&seed=23&time=30'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  // Hidden: time passes but no timer fires; then the tab shows again.
  await page.clock.setSystemTime(T0 + 7 * 60_000 + 30_000);
  await returnToTab(page);
  await page.getByRole('timer', { name: 'Time left' }).filter({ hasText: '22:30' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('over a 90-minute exam the countdown never drifts more than a second from the deadline', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.clock.install({ time: T0 });
  await page.goto(examUrl('mode=exam&count=5&seed=24&time=90'));
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  const start = await page.evaluate(() => Date.now());
  let checks = 0;
  for (let minute = 0; minute < 84; minute += 6) {
    // Each stretch jumps five minutes, as a throttled or busy page would, then ticks every
    // 250 ms for a minute as usual.
    await page.clock.fastForward(5 * 60_000);
    await page.clock.runFor(60_000);
    const elapsed = (await page.evaluate(() => Date.now())) - start;
    const expected = Math.ceil((90 * 60_000 - elapsed) / 1000);
    const drift = Math.abs((await shownSeconds(page)) - expected);
    assert.ok(drift <= 1, `at ${Math.round(elapsed / 60_000)} minutes the countdown is ${drift} s off`);
    checks++;
  }
  assert.equal(checks, 14);
  assert.deepEqual(errors, []);
  await context.close();
});
