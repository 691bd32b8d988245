// The start page from the release builds: the hosted banks listed from their files, from any folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, serveDist, throttleNetwork } from './harness.mjs';

const DIST = process.env.E2E_DIST || 'dist';

/** Serves `dist` at `prefix` and launches a browser for `body`; closes both however it ends. */
async function onServed(dist, prefix, body) {
  const server = await serveDist(dist, prefix);
  const browser = await launchBrowser();
  try {
    await body({ server, browser });
  } finally {
    await browser.close();
    await server.close();
  }
}

// The default build uses relative asset URLs, so the same dist/ must work at the root and in a
// sub-folder; the build made with --public-url /course/exam/ must work in its folder.
const PLACES = [
  { dist: DIST, prefix: '/course/exam/' },
  { dist: DIST, prefix: '/' },
  { dist: process.env.E2E_ABSOLUTE_DIST || 'target/dist-subpath', prefix: '/course/exam/' },
];

for (const { dist, prefix } of PLACES) {
  test(`the start page lists the hosted bank with its figures (${dist} served at ${prefix})`, () =>
    onServed(dist, prefix, async ({ server, browser }) => {
      const { context, page, errors } = await openPage(browser);
      await page.goto(server.url);
      const list = page.getByRole('list', { name: 'Question banks' });
      const bank = list.getByRole('article', { name: 'Fixture bank: Other Compute' });
      await bank.waitFor();
      const text = await bank.innerText();
      assert.match(text, /Questions\s+46/);
      assert.match(text, /20 questions in 30 minutes/);
      assert.match(text, /70%/);
      // The list of banks is requested by the page itself, before the wasm has arrived, and
      // the app's fetch takes that response instead of asking again.
      const timing = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({
        name: new URL(e.name).pathname, initiator: e.initiatorType, start: e.startTime, end: e.responseEnd,
      })));
      const index = timing.filter((e) => e.name.endsWith('/questions/index.json'));
      const wasm = timing.find((e) => e.name.endsWith('.wasm'));
      assert.equal(index.length, 1, 'the page asks for it once (the service worker may fetch it again to keep it offline)');
      assert.equal(index[0].initiator, 'fetch', 'requested by the start-up script');
      assert.ok(index[0].start < wasm.end, `index requested at ${index[0].start} ms, wasm arrived at ${wasm.end} ms`);
      const outside = server.requests.filter((path) => !path.startsWith(prefix));
      assert.deepEqual(outside, [], 'every asset is fetched from inside the public folder');
      if (prefix !== '/' && dist === DIST) {
        await page.screenshot({ path: 'target/e2e-start-page.png', fullPage: true });
      }
      assert.deepEqual(errors, []);
      await context.close();
    }));
}

test('the start page downloads no bank; it is fetched when opened, and an exam link asks for it before the wasm arrives', () =>
  onServed(DIST, '/', async ({ server, browser }) => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(server.url);
    await page.getByRole('list', { name: 'Question banks' }).getByRole('article', { name: 'Fixture bank: Other Compute' }).waitFor();
    await page.waitForLoadState('networkidle');
    const banks = () => server.requests.filter((path) => path.startsWith('/questions/') && !path.endsWith('/index.json'));
    assert.deepEqual(banks(), [], 'the list comes from questions/index.json alone');
    await page.getByRole('link', { name: 'Open Fixture bank: Other Compute' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fixture bank: Other Compute' }).waitFor();
    assert.deepEqual(banks(), ['/questions/fixture-compute.json'], 'fetched once it is opened');

    // A cold load of an exam link on a slow network: the bank is requested by the page's
    // start-up script while the wasm is still on its way, and the app takes that response.
    // A context of its own with no service worker, so nothing comes from the first visit's cache.
    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const cold = await fresh.newPage();
    cold.on('pageerror', (e) => errors.push(e.message));
    const cdp = await throttleNetwork(cold);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cold.goto(`${server.url}#/exam/fixture-compute?mode=practice&count=2&seed=1&shuffle=off&time=none`);
    await cold.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
    const timing = await cold.evaluate(() => performance.getEntriesByType('resource').map((e) => ({
      name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd,
    })));
    const bank = timing.filter((e) => e.name === '/questions/fixture-compute.json');
    const wasm = timing.find((e) => e.name.endsWith('.wasm'));
    assert.equal(bank.length, 1, 'asked for once');
    assert.ok(bank[0].start < wasm.end, `bank requested at ${bank[0].start} ms, wasm arrived at ${wasm.end} ms`);
    assert.deepEqual(errors, []);
    await fresh.close();
    await context.close();
  }));

// The start page's bank list is written into the page at build time (scripts/post-build.mjs):
// a candidate can open a bank before any wasm has arrived, and the app replaces the list.
test('the start page lists the banks and opens one before any wasm arrives', () =>
  onServed(DIST, '/', async ({ server, browser }) => {
    const { context, page, errors } = await openPage(browser, { wholeApp: false });
    await context.route('**/*.wasm', (route) => route.abort());
    await page.goto(server.url);
    const list = page.getByRole('list', { name: 'Question banks' });
    await list.getByRole('article', { name: 'Fixture bank: Other Compute' }).waitFor();
    assert.match(await list.innerText(), /20 questions in 30 minutes/);
    const link = page.getByRole('link', { name: 'Open Fixture bank: Other Compute' });
    await link.click();
    await page.waitForFunction(() => location.hash === '#/bank/fixture-compute');
    assert.equal(await page.evaluate(() => location.hash), '#/bank/fixture-compute');
    // Away from the start page the written list hides until the app shows the bank.
    await list.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'no wasm ran');
    assert.deepEqual(errors.filter((e) => !/wasm|Failed to fetch/i.test(e)), []);
    await context.close();
  }));

test('the written list shows only on the start page, and the app replaces it with one list', () =>
  onServed(DIST, '/', async ({ server, browser }) => {
    const { context, page, errors } = await openPage(browser, { wholeApp: false });
    await context.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${server.url}#/exam/fixture-compute?mode=practice`);
    assert.equal(await page.locator('[data-prerendered]').count(), 1, 'written into the page');
    assert.equal(await page.locator('[data-prerendered]').isVisible(), false, 'hidden on an exam link');
    await context.unroute('**/*.wasm');

    const app = await openPage(browser);
    await app.page.goto(server.url);
    await app.page.getByRole('heading', { level: 2, name: 'Your own questions' }).waitFor();
    assert.equal(await app.page.locator('[data-prerendered]').count(), 0, 'the app removed it');
    assert.equal(await app.page.getByRole('list', { name: 'Question banks' }).count(), 1);
    assert.equal(await app.page.locator('.bank-list').count(), 1);
    assert.deepEqual(app.errors, []);
    assert.deepEqual(errors.filter((e) => !/wasm|Failed to fetch/i.test(e)), []);
    await app.context.close();
    await context.close();
  }));
