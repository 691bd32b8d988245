// Long unbroken words and hostile text against plain text, measured side by side in one run: a
// Next to a question whose prompt, first choice, two choice reasons and explanation hold one
// 20,000-character word, against a Next to a plain question; and the results page of a hostile
// bank (markup, script, Unicode and the long word in every field) against a plain bank's of the
// same size. Both are ratios of medians, so the machine's speed cancels out.
//
// run.mjs calls `longWordFigures` (BENCH_ONLY=words); `node bench/long-words.mjs [dist] [runs]`
// runs it alone on a built dist/.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LONG_WORD_LENGTH = 20_000;
const QUESTIONS = 19;

/** A word with no break opportunity, as a pasted hash or key is. */
const longWord = (length) => Array.from({ length }, (_, i) => 'abcdef0123456789'[(i * 7) % 16]).join('');
/** Ordinary prose of exactly `length` characters. */
const prose = (length) => 'Lambda runs code without servers to manage and bills by requests and duration. '
  .repeat(Math.ceil(length / 80) + 1).slice(0, length);

const HOSTILE = [
  `<script>pwned('script')</script>`,
  `<img src=x onerror="pwned('img')">`,
  `[click me](javascript:pwned('markup-link'))`,
  `<div style="position:fixed;inset:0;background:red">overlay</div>`,
  `\u202Eevil right-to-left override\u202C and \u2067isolate`,
  `👩‍👩‍👧‍👦 Z̴̡̢̛a̶̢l̷̨g̸o̵ ❤️‍🔥 ñ é`,
  longWord(LONG_WORD_LENGTH),
];

function question(i, text) {
  return {
    id: `q${i + 1}`,
    topic: i % 2 ? 'Odd topic' : 'Even topic',
    prompt: `Question ${i + 1}: ${text.prompt}`,
    choices: [
      { id: 'a', text: `Right ${text.choice}`, explanation: `Because ${text.reason}` },
      { id: 'b', text: 'Wrong, a plain choice', explanation: `Not ${text.reason}` },
    ],
    answer: 'a',
    explanation: `Explained: ${text.explanation}`,
  };
}

const plainText = {
  prompt: 'Which service runs code without servers to manage, charged by requests and duration?',
  choice: 'AWS Lambda, which runs functions on demand',
  reason: 'it runs code in response to events and charges only for what runs',
  explanation: 'Lambda runs code without provisioning or managing servers.',
};
const sameText = (word) => ({ prompt: word, choice: word, reason: word, explanation: word });

function bank(id, questions) {
  return { format: 1, id, title: id, description: 'A benchmark bank.', topics: ['Even topic', 'Odd topic'], pass_mark_percent: 50, questions };
}

/** The four banks: plain, plain with one long-word question second, hostile, and plain again. */
export function longWordBanks() {
  const plain = Array.from({ length: QUESTIONS }, (_, i) => question(i, plainText));
  const withWord = plain.map((q, i) => (i === 1 ? question(i, sameText(longWord(LONG_WORD_LENGTH))) : q));
  const hostile = Array.from({ length: QUESTIONS }, (_, i) => question(i, sameText(HOSTILE[i % HOSTILE.length])));
  // The same questions with prose of the same length in every field: the hostile bank's page
  // may take longer for having more text, but not for the shape of that text.
  const sameSize = Array.from({ length: QUESTIONS }, (_, i) => question(i, sameText(prose(HOSTILE[i % HOSTILE.length].length))));
  return {
    'words-plain': bank('words-plain', plain),
    'words-long': bank('words-long', withWord),
    'words-hostile': bank('words-hostile', hostile),
    'words-same-size': bank('words-same-size', sameSize),
  };
}

/** A copy of `dist` hosting the banks above, as a teacher would host them. */
export async function writeLongWordCopy(dist, folder) {
  await rm(folder, { recursive: true, force: true });
  await cp(dist, folder, { recursive: true });
  await mkdir(join(folder, 'questions'), { recursive: true });
  const banks = longWordBanks();
  for (const [id, body] of Object.entries(banks)) {
    await writeFile(join(folder, 'questions', `${id}.json`), JSON.stringify(body));
  }
  const index = { banks: Object.keys(banks).map((id) => ({ path: `${id}.json`, id, title: id })) };
  await writeFile(join(folder, 'questions', 'index.json'), JSON.stringify(index));
}

const link = (id) => `#/exam/${id}?mode=practice&count=${QUESTIONS}&seed=1&shuffle=off&time=none`;

/**
 * Clicks the button named `name` inside the page and resolves with the milliseconds until `done()`
 * holds and a frame after it has been laid out and painted (a timer after the animation frame).
 */
function timeClick(page, name, done) {
  return page.evaluate(async ({ name, done }) => {
    const isDone = new Function(`return (${done})();`);
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
    const start = performance.now();
    button.click();
    return new Promise((resolve) => {
      const poll = () => {
        if (isDone()) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        else requestAnimationFrame(poll);
      };
      poll();
    });
  }, { name, done: done.toString() });
}

async function nextTo(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor({ timeout: 60_000 });
  const ms = await timeClick(page, 'Next',
    () => [...document.querySelectorAll('h2')].some((h) => h.textContent.trim() === 'Question 2'));
  await context.close();
  return ms;
}

async function resultsOf(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).waitFor();
  const ms = await timeClick(page, 'Submit now',
    () => Boolean(document.getElementById('results-heading')));
  await context.close();
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The two ratios, with the medians behind them, from `runs` runs taking turns. */
export async function longWordFigures(browser, base, runs) {
  const times = { plainNext: [], longNext: [], plainResults: [], hostileResults: [] };
  for (let run = 0; run < runs; run++) {
    times.plainNext.push(await nextTo(browser, `${base}${link('words-plain')}`));
    times.longNext.push(await nextTo(browser, `${base}${link('words-long')}`));
    times.plainResults.push(await resultsOf(browser, `${base}${link('words-same-size')}`));
    times.hostileResults.push(await resultsOf(browser, `${base}${link('words-hostile')}`));
  }
  const medians = Object.fromEntries(Object.entries(times).map(([key, values]) => [key, median(values)]));
  return {
    medians,
    nextRatio: medians.longNext / medians.plainNext,
    resultsRatio: medians.hostileResults / medians.plainResults,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('playwright-core');
  const { serve } = await import('./serve.mjs');
  const dist = process.argv[2] || 'dist';
  const runs = Number(process.argv[3] || 5);
  await writeLongWordCopy(dist, 'target/bench-words');
  const server = await serve({ '/words/': 'target/bench-words' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const figures = await longWordFigures(browser, `${server.url}/words/`, runs);
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}
