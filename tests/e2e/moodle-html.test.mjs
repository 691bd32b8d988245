// A GIFT file as Moodle's editor exports it, Spanish and French questions marked [html], opened on
// the start page: every question shows as formatted text, with no tag or reference visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, openPage } from './harness.mjs';

const FIXTURES = 'tests/fixtures/import';
const app = useServedApp();

/** The right choice of each question of moodle-html.gift, in file order. */
const RIGHT = [
  /Cuando lo requiera la autoridad competente/,
  /archivo->configurar página/,
  /L'odds ratio/,
  /Une source commune ponctuelle/,
  /L'incidence dans chaque groupe/,
];

/** Fails if the text shows any piece of HTML: a tag, or a reference such as `&nbsp;`. */
function assertNoHtml(text, where) {
  assert.doesNotMatch(text, /<\/?[a-z][^>]*>/i, `${where} shows a tag: ${text}`);
  assert.doesNotMatch(text, /&(#\d+|#x[0-9a-f]+|[a-z]+);/i, `${where} shows a reference: ${text}`);
  assert.doesNotMatch(text, /\*\*|\\\*/, `${where} shows markup marks: ${text}`);
}

test('Spanish and French [html] questions from Moodle show as formatted text with no tag or reference visible', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(app.url);
  await page.getByLabel('Open a question file…').setInputFiles(`${FIXTURES}/moodle-html.gift`);
  const report = page.locator('.notice-ok');
  await report.waitFor();
  assert.match(await report.innerText(), /from moodle-html\.gift \(GIFT\): 5 questions/);
  const warnings = page.getByRole('list', { name: 'Warnings for moodle-html.gift' });
  assert.match(await warnings.innerText(), /a picture \("courbe épidémique"\) is left out/);

  await page.goto(`${app.url}#/exam/moodle-html?mode=practice&count=5&seed=1&shuffle=off&time=none`);
  for (let i = 1; i <= RIGHT.length; i++) {
    await page.getByRole('heading', { name: `Question ${i}`, exact: true }).waitFor();
    const prompt = page.locator('.prompt').first();
    assertNoHtml(await prompt.innerText(), `question ${i}`);
    if (i === 1) {
      assert.equal(await prompt.locator('strong').innerText(), 'policía local');
      assert.equal(await prompt.locator('em').innerText(), 'fuera');
      assert.match(await prompt.innerText(), /¿En qué\u00a0supuestos/);
    }
    if (i === 3) {
      assert.equal(await prompt.locator('em').innerText(), 'cas-témoins');
      assert.equal(await prompt.getByRole('listitem').innerText(), 'une seule réponse');
    }
    await page.getByRole('radio', { name: RIGHT[i - 1] }).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
    const feedback = await page.locator('.feedback').innerText();
    assertNoHtml(feedback, `the feedback of question ${i}`);
    assertNoHtml(await page.locator('main').innerText(), `the page of question ${i}`);
    if (i === 1) assert.equal(await page.locator('.feedback em').innerText(), 'autoridad competente');
    if (i === 3) assert.match(feedback, /rapport des cotes/);
    if (i < RIGHT.length) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  assert.deepEqual(errors, []);
  await context.close();
});
