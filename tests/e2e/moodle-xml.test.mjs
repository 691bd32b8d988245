// A Moodle XML export (Moodle's own multiple-choice test file) opened on the start page in the
// release build: read by the teachers' tools, its pictures left out with a warning, and its one
// question taken, with each answer's feedback shown. Names come from the catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, openPage } from './harness.mjs';
import { catalogue } from './catalogue.mjs';

const DIST = process.env.E2E_DIST || 'dist';
const FIXTURES = 'tests/fixtures/import';
const FILE = 'moodle-multichoice.xml';
const app = useServedApp();
const t = await catalogue(DIST, 'en');

test('a Moodle XML export opened through the file picker is read, warns of its pictures, and its question can be taken', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(app.url);
  await page.getByLabel(t.t('home-open-file-label')).setInputFiles(`${FIXTURES}/${FILE}`);
  const report = page.locator('.notice-ok');
  await report.waitFor();
  const opened = t.t('home-opened', {
    title: 'Moodle multichoice',
    source: FILE,
    format: t.t('format-moodle-xml'),
    questions: 1,
  });
  assert.ok((await report.innerText()).includes(opened), await report.innerText());
  const warnings = page.getByRole('list', { name: t.t('home-warnings-for', { source: FILE }) });
  assert.ok((await warnings.innerText()).includes(t.t('file-picture-left-out', { alt: 'French flag' })));

  await page.goto(`${app.url}#/exam/moodle-multichoice?mode=practice&count=1&seed=1&shuffle=off&time=none`);
  await page.getByRole('heading', { name: t.t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
  assert.match(await page.locator('.prompt').first().innerText(), /What language is being spoken\?/);
  await page.getByRole('radio', { name: /French/ }).check();
  await page.getByRole('button', { name: t.t('exam-check'), exact: true }).click();
  await page.getByRole('heading', { name: t.t('exam-feedback-right') }).waitFor();
  assert.match(await page.locator('.feedback').innerText(), /Yes, well done!/);
  assert.deepEqual(errors, []);
  await context.close();
});
