// Offline: after one visit the app and its listed banks work with the server gone, and a new
// version of the site is picked up on the next visit, page and files from the same build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, serveDist, PREFIX } from './harness.mjs';

const DIST = process.env.E2E_DIST || 'dist';
const TITLE = 'Fixture bank: Other Compute';
let browser;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A copy of the build in a folder of its own, as on a teacher's web server. */
async function publish() {
  const folder = await mkdtemp(join(tmpdir(), 'exam-practice-site-'));
  await cp(DIST, folder, { recursive: true });
  return folder;
}

async function visitAndWaitForOfflineCopy(page, url) {
  await page.goto(url);
  await page.getByRole('list', { name: 'Question banks' }).waitFor();
  // The service worker takes control once it has cached every file of the build.
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
}

/** The stylesheets the page uses, and whether each one's rules actually loaded. */
const stylesheets = (page) => page.evaluate(() => [...document.styleSheets].map((sheet) => ({
  file: new URL(sheet.href).pathname.split('/').pop(),
  rules: sheet.cssRules.length > 0,
})));

test('after one visit the app, its banks and an exam work with the server gone', async () => {
  const folder = await publish();
  const server = await serveDist(folder, PREFIX);
  const { context, page, errors } = await openPage(browser);
  await visitAndWaitForOfflineCopy(page, server.url);
  await server.close();

  await page.reload();
  await page.getByRole('list', { name: 'Question banks' }).getByRole('article', { name: TITLE }).waitFor();
  await page.goto(`${server.url}#/exam/fixture-compute?mode=practice&count=2&seed=5&shuffle=off&time=none`);
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await page.locator('.choices input').first().check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: /Good job!|Incorrect/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
  await rm(folder, { recursive: true, force: true });
});

test('a new version of the site is picked up on the next visit, whole, and then works offline', async () => {
  const folder = await publish();
  const server = await serveDist(folder, PREFIX);
  const { context, page, errors } = await openPage(browser);
  await visitAndWaitForOfflineCopy(page, server.url);

  // Deploy a new version: an edited bank and a changed stylesheet under a new hashed name (as a
  // rebuild gives), then the build's post-build step writes the new service worker.
  const bankPath = join(folder, 'questions', 'fixture-compute.json');
  const bank = JSON.parse(await readFile(bankPath, 'utf8'));
  bank.title = 'Other Compute, second edition';
  await writeFile(bankPath, JSON.stringify(bank));
  const index = await readFile(join(folder, 'index.html'), 'utf8');
  const oldCss = index.match(/href="\.\/(app-[0-9a-f]+\.css)"/)[1];
  const newCss = 'app-5ec0d0ed1710f00d.css';
  const css = `${await readFile(join(folder, oldCss), 'utf8')}\n/* second edition */\n`;
  await writeFile(join(folder, newCss), css);
  await rm(join(folder, oldCss));
  const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  await writeFile(join(folder, 'index.html'), index
    .replace(oldCss, newCss)
    .replace(/(href="\.\/app-5ec0d0ed1710f00d\.css" integrity=")[^"]+"/, `$1${integrity}"`));
  execFileSync('node', ['scripts/post-build.mjs', folder]);

  await page.reload();
  await page.getByRole('article', { name: 'Other Compute, second edition' }).waitFor();
  assert.deepEqual(await stylesheets(page), [{ file: newCss, rules: true }], 'the new page with its own stylesheet, not the old one');

  await server.close();
  await page.reload();
  await page.getByRole('article', { name: 'Other Compute, second edition' }).waitFor();
  assert.deepEqual(await stylesheets(page), [{ file: newCss, rules: true }], 'offline, still the new version whole');
  assert.deepEqual(errors, []);
  await context.close();
  await rm(folder, { recursive: true, force: true });
});
