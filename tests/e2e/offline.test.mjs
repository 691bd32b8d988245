// Offline: after one visit the app and the banks opened in it work with the server gone; a
// repeat visit is served from the service worker's cache at once, and a new version of the
// site, fetched in the background meanwhile, is there on the visit after, whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, serveDist, throttleNetwork, PREFIX } from './harness.mjs';

const DIST = process.env.E2E_DIST || 'dist';
const TITLE = 'Fixture bank: Other Compute';
let browser;

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/**
 * Runs `body` on a copy of the build published in a folder of its own (as on a teacher's web
 * server), served, with a fresh page; the body may take the site off the network with
 * `server.close()`. Afterwards the page must have had no errors, and the copy is removed whatever
 * happened.
 */
async function onPublishedSite(body) {
  const folder = await mkdtemp(join(tmpdir(), 'exam-practice-site-'));
  let server;
  let context;
  try {
    await cp(DIST, folder, { recursive: true });
    server = await serveDist(folder, PREFIX);
    const opened = await openPage(browser);
    context = opened.context;
    await body({ folder, server, page: opened.page });
    assert.deepEqual(opened.errors, []);
  } finally {
    await context?.close();
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** A practice exam of the fixture bank: two questions in the bank's order, untimed. */
const EXAM_LINK = '#/exam/fixture-compute?mode=practice&count=2&seed=5&shuffle=off&time=none';

/** Answers the question on screen and checks it: the verdict shows. */
async function answerAndCheck(page) {
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  await page.locator('.choices input').first().check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: /Good job!|Incorrect/ }).waitFor();
}

async function visitAndWaitForOfflineCopy(page, url) {
  await page.goto(url);
  await page.getByRole('list', { name: 'Question banks' }).waitFor();
  // The service worker takes control once it has cached what the first question needs.
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
  // A bank is kept once it is opened.
  await page.getByRole('link', { name: `Open ${TITLE}` }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.goto(url);
  await page.getByRole('list', { name: 'Question banks' }).waitFor();
}

/**
 * Waits until the page's caches meet `check` for `arg`, trying again every 50 ms for 30 s:
 * `kept` (a file, by its path from the page, is in a cache) or `made` (a cache of this name
 * exists: the worker of that version has installed). Playwright's waitForFunction cannot do this: it takes the promise an asynchronous
 * function returns as a truthy value at once, without waiting for it.
 */
async function waitForCaches(page, check, arg) {
  const met = await page.evaluate(async ({ check, arg }) => {
    const deadline = Date.now() + 30_000;
    const test = {
      kept: (path) => caches.match(new URL(path, document.baseURI).href).then(Boolean),
      made: (name) => caches.keys().then((names) => names.includes(name)),
    }[check];
    while (Date.now() < deadline) {
      if (await test(arg)) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }, { check, arg });
  assert.ok(met, `the caches never met "${check}" for ${arg}`);
}

/** Waits until `server` has been asked for `path` since request number `from`. */
async function waitForRequest(server, path, from) {
  const deadline = Date.now() + 30_000;
  while (!server.requests.slice(from).includes(path)) {
    assert.ok(Date.now() < deadline, `the server was never asked for ${path}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The names of the service worker's caches. */
const cacheNames = (page) => page.evaluate(() => caches.keys());

/** The stylesheets the page uses, and whether each one's rules actually loaded. */
const stylesheets = (page) => page.evaluate(() => [...document.styleSheets].map((sheet) => ({
  file: new URL(sheet.href).pathname.split('/').pop(),
  rules: sheet.cssRules.length > 0,
})));

test('after one visit the app, the bank opened and an exam work with the server gone', () =>
  onPublishedSite(async ({ server, page }) => {
    await visitAndWaitForOfflineCopy(page, server.url);
    await server.close();

    await page.reload();
    await page.getByRole('list', { name: 'Question banks' }).getByRole('article', { name: TITLE }).waitFor();
    await page.goto(`${server.url}${EXAM_LINK}`);
    await answerAndCheck(page);
  }));

test('a bank read on a first visit before the service worker took control works offline too', () =>
  onPublishedSite(async ({ server, page }) => {
    // A candidate's first visit is an exam link, on a slow connection: the page asks for the
    // bank before the worker is installed, so the worker never sees that request.
    await throttleNetwork(page);
    await page.goto(`${server.url}${EXAM_LINK}`);
    await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
    // Once in control, the worker is told which banks the page read, and keeps them.
    await waitForCaches(page, 'kept', 'questions/fixture-compute.json');
    await server.close();

    await page.reload();
    await answerAndCheck(page);
  }));

test('a repeat visit downloads none of the app\'s own files again, only the page and the banks it revalidates', () =>
  onPublishedSite(async ({ server, page }) => {
    await visitAndWaitForOfflineCopy(page, server.url);
    const from = server.requests.length;
    await page.reload();
    await page.getByRole('link', { name: `Open ${TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // The bank page's bank is revalidated after the page, the bank list and the whole app's files
    // were asked for, so once the server has seen it, it has seen any request for those.
    const bank = `${PREFIX}questions/fixture-compute.json`;
    await waitForRequest(server, bank, from);
    const asked = server.requests.slice(from).map((path) => path.slice(PREFIX.length));
    assert.deepEqual(asked.filter((path) => !path.startsWith('questions/') && path !== ''), [],
      'the scripts, wasm and stylesheet come from the cache alone');
    assert.ok(asked.includes(''), 'the page is revalidated');
  }));

test('a repeat visit is served from the cache while a new version is fetched for the next visit, whole', () =>
  onPublishedSite(async ({ folder, server, page }) => {
    await visitAndWaitForOfflineCopy(page, server.url);

    // Deploy a new version: an edited bank and a changed stylesheet under a new hashed name (as a
    // rebuild gives), then the build's post-build step writes the new service worker.
    const bankPath = join(folder, 'questions', 'fixture-compute.json');
    const bank = JSON.parse(await readFile(bankPath, 'utf8'));
    bank.questions.pop();
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
    const version = (await readFile(join(folder, 'sw.js'), 'utf8')).match(/const VERSION = "([0-9a-f]+)"/)[1];
    const [oldCache] = await cacheNames(page);
    assert.ok(oldCache && !oldCache.endsWith(version));

    // This visit waits for nothing from the network: the cached version shows, whole, while the
    // new one is fetched and installed in the background.
    await page.reload();
    await page.getByRole('article', { name: TITLE }).getByText('46', { exact: true }).waitFor();
    assert.deepEqual(await stylesheets(page), [{ file: oldCss, rules: true }], 'the cached page with its own stylesheet');
    await waitForCaches(page, 'made', `exam-practice-${version}`);

    await page.reload();
    await page.getByRole('article', { name: TITLE }).getByText('45', { exact: true }).waitFor();
    assert.deepEqual(await stylesheets(page), [{ file: newCss, rules: true }], 'the new page with its own stylesheet, not the old one');

    await server.close();
    await page.reload();
    await page.getByRole('article', { name: TITLE }).getByText('45', { exact: true }).waitFor();
    assert.deepEqual(await stylesheets(page), [{ file: newCss, rules: true }], 'offline, still the new version whole');
  }));
