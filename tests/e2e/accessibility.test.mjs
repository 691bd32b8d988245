// Accessibility: axe-core (the accessibility engine browsers' own audits use) finds no violation
// of WCAG 2.x A and AA or of its best practices on any page a candidate or teacher meets, in the
// light and the dark colour scheme: names, roles, headings, landmarks, labels and contrast; and
// at 320 px wide (WCAG reflow) no page scrolls sideways and no table squeezes its words apart.
// Keyboard use and focus moves are tested where they happen (journey, study).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { useServedApp } from './harness.mjs';

const app = useServedApp();
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BANK = 'fixture-compute';
const TITLE = 'Fixture bank: Other Compute';
const FIXTURES = 'tests/fixtures/import';

/** Every violation axe finds on the page as it is now, one line each: rule, element, why. */
async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help}`));
}

for (const colorScheme of ['light', 'dark']) {
  test(`every page passes axe in the ${colorScheme} colour scheme`, async () => {
    // The app's Content-Security-Policy forbids injected script, axe's too; bypassing it here is
    // for the audit only (other tests check that the app itself never trips its policy).
    const context = await app.browser.newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const found = {};
    const audit = async (name) => {
      found[name] = await violations(page);
    };
    const exam = (settings) => `${app.url}#/exam/${BANK}?${settings}`;

    await page.goto(app.url);
    await page.getByRole('list', { name: 'Question banks' }).waitFor();
    await audit('start page');

    await page.getByLabel('Open a question file…').setInputFiles(`${FIXTURES}/containers.gift`);
    await page.locator('.notice-ok').waitFor();
    await audit('start page with an opened file and its warnings');

    await page.goto(`${app.url}#/bank/${BANK}`);
    await page.getByRole('heading', { name: 'Set up your exam' }).waitFor();
    await page.getByRole('heading', { name: 'Study' }).waitFor();
    await audit('bank page');

    await page.goto(exam('mode=practice&count=2&seed=1&shuffle=off&time=none'));
    await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
    await audit('practice question');
    await page.locator('.choices input').nth(1).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: /Good job!|Incorrect/ }).waitFor();
    await audit('practice feedback');

    await page.goto(exam('mode=exam&count=3&seed=2&time=10'));
    await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
    await page.getByRole('timer').waitFor();
    await audit('timed exam question');
    await page.getByRole('button', { name: 'Flag for review' }).click();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByRole('button', { name: 'Submit now' }).waitFor();
    await audit('submit confirmation');
    await page.getByRole('button', { name: 'Submit now' }).click();
    await page.getByRole('region', { name: 'Results' }).waitFor();
    await audit('results and review');

    await page.goto(`${app.url}#/bank/${BANK}`);
    await page.getByRole('heading', { name: 'Your attempts' }).waitFor();
    await audit('bank page with history');

    await page.goto(`${app.url}#/class`);
    await page.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
    await audit('class results');

    await page.goto(exam('mode=quiz'));
    await page.getByRole('heading', { name: 'This exam link does not work', level: 1 }).waitFor();
    await audit('broken exam link');

    await page.goto(`${app.url}#/no-such-page`);
    await page.getByRole('heading', { name: 'Not found', level: 1 }).waitFor();
    await audit('not found');

    const failing = Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0));
    assert.deepEqual(failing, {}, `axe violations (${TITLE})`);
    assert.equal(Object.keys(found).length, 12, 'every page was audited');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

/**
 * What breaks reflow on the page as it is now: whether the page scrolls sideways, and every
 * table header cell taller than four lines (a column squeezed until its words break letter by
 * letter).
 */
const reflowProblems = (page) => page.evaluate(() => {
  const problems = [];
  if (document.documentElement.scrollWidth > window.innerWidth) {
    problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);
  }
  for (const cell of document.querySelectorAll('table th')) {
    const lines = cell.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight);
    if (lines > 4.5) problems.push(`"${cell.textContent}" takes ${Math.round(lines)} lines`);
  }
  return problems;
});

test('at 320 px wide (WCAG reflow) no page scrolls sideways and tables keep their words whole', async () => {
  const context = await app.browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const found = {};
  await page.goto(app.url);
  await page.getByLabel('Open a question file…').setInputFiles(`${FIXTURES}/containers.gift`);
  await page.locator('.notice-ok').waitFor();
  found['start page with an opened file and its warnings'] = await reflowProblems(page);
  await page.goto(`${app.url}#/exam/${BANK}?mode=practice&count=1&seed=1&shuffle=off&time=none`);
  await page.locator('.choices input').nth(1).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: /Good job!|Incorrect/ }).waitFor();
  found['practice feedback with its references'] = await reflowProblems(page);
  await page.goto(`${app.url}#/class`);
  await page.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
  found['class results'] = await reflowProblems(page);
  await page.goto(`${app.url}#/exam/${BANK}?mode=exam&count=3&seed=2&time=10`);
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  found['exam question'] = await reflowProblems(page);
  await page.locator('.choices input').first().check();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('region', { name: 'Results' }).waitFor();
  await page.getByRole('table', { name: 'Correct answers per topic' }).waitFor();
  found.results = await reflowProblems(page);
  await page.goto(`${app.url}#/bank/${BANK}`);
  await page.getByRole('table', { name: 'Past attempts, oldest first' }).waitFor();
  await page.getByRole('table', { name: 'Mastery by topic, from first answers' }).waitFor();
  found['bank page with its study tables'] = await reflowProblems(page);
  assert.deepEqual(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0)), {});
  await context.close();
});
