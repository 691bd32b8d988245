import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, serveDist, PREFIX } from './harness.mjs';
const DIST = process.env.E2E_DIST || 'dist';
const EXAM_LINK = '#/exam/fixture-compute?mode=practice&count=2&seed=5&shuffle=off&time=none';
const browser = await launchBrowser();
let fails = 0;
const N = Number(process.env.N || 10);
for (let i = 0; i < N; i++) {
  const folder = await mkdtemp(join(tmpdir(), 'flake-'));
  await cp(DIST, folder, { recursive: true });
  let sw = await readFile(join(folder, 'sw.js'), 'utf8');
  sw = sw.replace("self.addEventListener('fetch', (event) => {\n  const request = event.request;",
    "self.addEventListener('fetch', (event) => {\n  const request = event.request; console.log('SW fetch', request.url, request.mode, request.cache);");
  sw = sw.replace("async function staleWhileRevalidate(event, key, fallbackUrl) {\n  const cached = await caches.match(key);",
    "async function staleWhileRevalidate(event, key, fallbackUrl) {\n  const cached = await caches.match(key); console.log('SW swr', key, Boolean(cached), (await caches.keys()).join(','));");
  sw = sw.replace("self.addEventListener('message', (event) => {", "self.addEventListener('message', (event) => { console.log('SW message', JSON.stringify(event.data));");
  await writeFile(join(folder, 'sw.js'), sw);
  const server = await serveDist(folder, PREFIX);
  const { context, page } = await openPage(browser);
  const log = [];
  const t0 = Date.now();
  const note = (s) => log.push(`${Date.now() - t0} ${s}`);
  context.on('console', (m) => note(`console ${m.text()}`));
  context.on('serviceworker', (w) => note(`serviceworker ${w.url()}`));
  page.on('requestfailed', (r) => note(`failed ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => note(`response ${r.url()} ${r.status()} sw=${r.fromServiceWorker()}`));
  try {
    await page.goto(`${server.url}${EXAM_LINK}`);
    await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
    note('Q1 shown');
    await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
    note('controlled');
    await page.waitForFunction(
      () => caches.match(new URL('questions/fixture-compute.json', document.baseURI).href).then(Boolean),
      undefined, { polling: 100 });
    note('cached');
    await server.close();
    note('closed');
    await page.reload();
    note('reloaded');
    await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor({ timeout: 8000 });
    note('Q1 again');
    console.log(`run ${i}: ok`);
  } catch (e) {
    fails++;
    console.log(`run ${i}: FAIL ${e.message.split('\n')[0]}`);
    console.log(log.join('\n'));
    console.log((await page.locator('main').innerText().catch(() => '')).slice(0, 500));
  } finally {
    await context.close();
    await server.close().catch(() => {});
    await rm(folder, { recursive: true, force: true });
  }
}
console.log(`fails ${fails}/${N}`);
await browser.close();
