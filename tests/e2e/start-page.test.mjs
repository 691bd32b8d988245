// The start page, from the release build served under a sub-path: banks listed from the real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, openPage } from './harness.mjs';

const app = useServedApp();

test('the start page lists the bundled bank with its figures when hosted under a sub-path', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.goto(app.url);
  const list = page.getByRole('list', { name: 'Question banks' });
  const bank = list.getByRole('article', { name: 'AWS Cloud Practitioner: Other Compute' });
  await bank.waitFor();
  const text = await bank.innerText();
  assert.match(text, /Questions\s+46/);
  assert.match(text, /20 questions in 30 minutes/);
  assert.match(text, /70 %/);
  await page.screenshot({ path: 'target/e2e-start-page.png', fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
