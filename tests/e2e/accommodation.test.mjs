// Extra time: an exam link with `extra=esl30` and the set-up form's ESL choice start the clock at
// the limit plus 30 minutes (the bank's limit scaled to the count, or the one the link sets,
// never capped), and the results say the extra time was used. Names come from the catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, openPage } from './harness.mjs';
import { catalogue } from './catalogue.mjs';

const BANK = 'fixture-compute';
const DIST = process.env.E2E_DIST || 'dist';
const ESL_MINUTES = 30;
const app = useServedApp();
const examUrl = (query) => `${app.url}#/exam/${BANK}?${query}`;
const T0 = new Date('2026-11-23T08:00:00Z').getTime();

test('an ESL link starts the clock at the limit plus 30 minutes, for the bank\'s limit and for the longest a link sets', async () => {
  const { t } = await catalogue(DIST, 'en');
  const { context, page, errors } = await openPage(app.browser);
  await page.clock.install({ time: T0 });
  // The bank's 30 minutes for 20 questions, scaled to 2 questions, are 3 minutes: 33 with ESL.
  await page.goto(examUrl('mode=exam&count=2&seed=31&extra=esl30'));
  await page.getByRole('heading', { name: t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
  const timer = page.getByRole('timer', { name: t('exam-time-left') });
  assert.equal(await timer.innerText(), '33:00');
  // A day, the longest limit a link takes, still gets its 30 minutes: nothing caps the total.
  await page.goto(examUrl('mode=exam&count=2&seed=32&time=1440&extra=esl30'));
  await page.getByRole('heading', { name: t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
  assert.equal(await timer.innerText(), '24:30:00');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the set-up form\'s ESL choice writes extra=esl30 into the link, adds 30 minutes and is named in the results', async () => {
  const { t } = await catalogue(DIST, 'en');
  const { context, page, errors } = await openPage(app.browser);
  await page.clock.install({ time: T0 });
  await page.goto(`${app.url}#/bank/${BANK}`);
  await page.getByRole('heading', { name: t('bank-setup-heading') }).waitFor();
  await page.getByRole('radio', { name: t('bank-setup-mode-exam') }).check();
  const count = page.getByRole('spinbutton', { name: t('bank-setup-count', { total: 46 }) });
  await count.fill('2');
  await count.dispatchEvent('change');
  await page.getByRole('combobox', { name: t('bank-setup-accommodation') })
    .selectOption({ label: t('bank-setup-accommodation-esl', { minutes: ESL_MINUTES }) });
  await page.getByRole('button', { name: t('bank-setup-start') }).click();

  await page.getByRole('heading', { name: t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
  assert.match(page.url(), /[?&]extra=esl30(&|$)/);
  assert.equal(await page.getByRole('timer', { name: t('exam-time-left') }).innerText(), '33:00');

  await page.getByRole('button', { name: t('exam-submit'), exact: true }).click();
  const confirm = page.getByRole('region', { name: t('exam-confirm-heading') });
  await confirm.getByRole('button', { name: t('exam-submit-now') }).click();
  const results = page.getByRole('region', { name: t('results-heading') });
  await results.waitFor();
  await results.getByText(t('results-extra-time-esl', { minutes: ESL_MINUTES }), { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
