// End-to-end harness: serves a built dist/ under a sub-path on loopback and opens it in the
// system Chromium through playwright-core (Playwright's own browser download does not work here).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.gift': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` at `prefix` (e.g. "/course/exam/") like a plain static host: no rewrites.
 * `extra` maps further paths (outside the prefix too) to { body, type, headers } for tests that
 * need another file or another site's answer; every requested path is recorded in `requests`.
 * `types` overrides the content type of an extension (e.g. an LMS serving `.wasm` wrongly).
 */
export async function serveDist(dir, prefix, extra = {}, listenPort = 0, types = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    const special = extra[url.pathname];
    if (special) {
      res.writeHead(special.status ?? 200, { 'content-type': special.type ?? 'text/plain', ...(special.headers ?? {}) });
      res.end(special.body);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('outside the public path');
      return;
    }
    let rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    if (rel === '.' || rel === '' || rel.endsWith('/')) rel = join(rel, 'index.html');
    const file = join(dir, rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const type = types[extname(file)] ?? TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    // Also ends kept-alive connections, so closing really takes the site off the network.
    close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }),
  };
}

/** Launches headless Chromium with the flags a closed network needs (no background networking). */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Resolves once the whole app shows (src/web/handover.rs): the first module's page is gone. A
 * page that is not the app's (no start-up script: about:blank, an LMS's own page) resolves at once.
 */
export function wholeAppShown(page) {
  return page.waitForFunction(() => {
    if (!window.examPracticeLoadWholeApp) return true;
    const whole = document.getElementById('whole-app');
    return whole && !whole.hidden && !document.getElementById('first-module');
  });
}

/**
 * Opens a fresh context and page and records uncaught page errors for the test to check. Its
 * `goto` and `reload` wait until the whole app has taken over from the first module, so a test
 * of the whole app never holds an element of the first module's page as it goes; the tests of
 * the first module and of pages before any wasm pass `{ wholeApp: false }`. `locale` sets the
 * browser's language (navigator.languages and Accept-Language), as a candidate's browser has it.
 */
export async function openPage(browser, { wholeApp = true, locale } = {}) {
  const context = await browser.newContext(locale ? { locale } : {});
  const page = await context.newPage();
  if (wholeApp) {
    for (const name of ['goto', 'reload']) {
      const navigate = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await navigate(...args);
        await wholeAppShown(page);
        return response;
      };
    }
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A Content-Security-Policy refusal is an error too: the app must never trip its own policy.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      errors.push(message.text());
    }
  });
  return { context, page, errors };
}

/**
 * A slow connection, as Chromium's DevTools throttle it: 150 ms round trips, 4 Mbps down. The
 * harness serves files uncompressed, about 2.6 times their brotli size, so this moves them about
 * as fast as the benchmark's slow profile (1.6 Mbps) moves them compressed.
 */
export const THROTTLED_NETWORK = { offline: false, latency: 150, downloadThroughput: (4 * 1024 * 1024) / 8, uploadThroughput: (1024 * 1024) / 8 };

/** Throttles every request of `page` (and its reloads) to `conditions`. */
export async function throttleNetwork(page, conditions = THROTTLED_NETWORK) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', conditions);
  return cdp;
}

/** The sub-path every end-to-end test serves the release build from. */
export const PREFIX = '/course/exam/';

/**
 * Serves the built app (E2E_DIST, default dist) under PREFIX and launches the browser around a
 * test file; the returned object fills in `url`, `server` and `browser` before tests run.
 */
export function useServedApp(extra = {}) {
  const app = { url: '', browser: null, server: null };
  let server;
  before(async () => {
    server = await serveDist(process.env.E2E_DIST || 'dist', PREFIX, extra);
    app.url = server.url;
    app.server = server;
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await server?.close();
  });
  return app;
}

/** Everything a candidate could see of the exam's state, read the way a screen reader would. */
export async function snapshot(page) {
  const results = page.getByRole('region', { name: 'Results' });
  const navigation = page.getByRole('navigation', { name: 'Questions' });
  await results.or(navigation).waitFor();
  if (await results.count()) {
    return { results: await results.innerText() };
  }
  const cells = page.getByRole('navigation', { name: 'Questions' }).getByRole('button');
  const navigator = [];
  for (let i = 0; i < (await cells.count()); i++) {
    const cell = cells.nth(i);
    navigator.push(`${await cell.getAttribute('aria-label')}${(await cell.getAttribute('aria-current')) ? ' (current)' : ''}`);
  }
  const inputs = page.locator('.choices input');
  const chosen = [];
  for (let i = 0; i < (await inputs.count()); i++) chosen.push(await inputs.nth(i).isChecked());
  return {
    heading: await page.locator('#question-heading').innerText(),
    prompt: await page.locator('.prompt').first().innerText(),
    chosen,
    locked: await inputs.first().isDisabled(),
    flagged: await page.getByRole('button', { name: 'Flag for review' }).getAttribute('aria-pressed'),
    verdict: (await page.locator('.feedback').count()) ? await page.locator('.feedback h2, .feedback h3').first().innerText() : null,
    navigator,
  };
}
