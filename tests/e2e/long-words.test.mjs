// A long unbroken word (a pasted hash, a key) in a question, its choices, their reasons and its
// explanation: on a 320 px phone it wraps within the screen everywhere it shows, and copying the
// question gives back the word exactly as the bank has it (nothing inserted to break it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, openPage } from './harness.mjs';

const app = useServedApp();

const WORD = Array.from({ length: 20_000 }, (_, i) => 'abcdef0123456789'[(i * 7) % 16]).join('');

function longWordBank() {
  const question = (id, text) => ({
    id,
    topic: 'Keys',
    prompt: text,
    choices: [
      { id: 'a', text: `Right ${text}`, explanation: `Because ${text}` },
      { id: 'b', text: 'A plain wrong choice', explanation: `Not ${text}` },
    ],
    answer: 'a',
    explanation: `Explained: ${text}`,
  });
  return {
    format: 1,
    id: 'long-words',
    title: 'Long words',
    description: 'A bank whose first question holds one 20,000-character word.',
    topics: ['Keys'],
    pass_mark_percent: 50,
    questions: [question('q1', WORD), question('q2', 'A short second question?')],
  };
}

/** Elements reaching past the window's right edge, and how far the page scrolls sideways. */
const overflowing = (page) => page.evaluate(() => ({
  page: document.documentElement.scrollWidth - window.innerWidth,
  elements: [...document.querySelectorAll('main *')]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
}));

test('a 20,000-character word wraps within a 320 px screen and copies back unchanged', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(app.url);
  await page.getByLabel('Open a question file…').setInputFiles({
    name: 'long-words.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(longWordBank())),
  });
  await page.locator('.notice-ok').waitFor();

  await page.goto(`${app.url}#/exam/long-words?mode=practice&count=2&seed=1&shuffle=off&time=none`);
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.deepEqual(await overflowing(page), { page: 0, elements: [] }, 'the question wraps within the screen');
  const prompt = page.locator('.prompt');
  const { width, height } = await prompt.boundingBox();
  assert.ok(width <= 320, `the prompt is ${width}px wide`);
  assert.ok(height > 20 * 40, `the word wraps onto many lines (${height}px tall)`);

  await page.getByRole('radio', { name: /Right/ }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
  assert.deepEqual(await overflowing(page), { page: 0, elements: [] }, 'the reasons and explanation wrap too');

  // Select the prompt and copy it as a candidate would.
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('.prompt'));
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied.trim().length, WORD.length, 'the copied text is as long as the word');
  assert.ok(copied.trim() === WORD, 'the copied text is the word, with nothing inserted');

  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.locator('#results-heading').waitFor();
  assert.deepEqual(await overflowing(page), { page: 0, elements: [] }, 'the results and review wrap too');

  assert.deepEqual(errors, []);
  await context.close();
});
