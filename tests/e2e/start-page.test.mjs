// The start page, from the release build served under a sub-path: banks listed from the real files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage } from './harness.mjs';

const DIST = process.env.E2E_DIST || 'target/dist-subpath';
const PREFIX = '/course/exam/';
let server;
let browser;

before(async () => {
  server = await serveDist(DIST, PREFIX);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the start page lists the bundled bank with its figures when hosted under a sub-path', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(server.url);
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
