// The benchmark (first part): builds nothing itself — scripts/bench.sh builds dist/ first — then
// serves the app and the hand-written baseline on loopback with brotli/gzip and COOP/COEP, and
// measures both in headless Chromium, as a mid-range phone (CPU throttled 4×, cache disabled, a
// fresh context per run, the pages alternating). Prints a table and writes
// target/bench-results.json.
//
// Measured so far: (1) first-load transfer per file and in total, (2) cold load to the first
// question interactive. Still to come (issue 6): quizdown as a peer, parse + validate of
// generated banks, interaction latency, memory and long tasks.
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 9);
const DIST = process.env.BENCH_DIST || 'dist';
const BANK = 'aws-other-compute';
const BUDGET_TRANSFER_BYTES = 100 * 1024;
const BUDGET_COLD_LOAD_RATIO = 2.5;

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1), runs: sorted.length };
};

async function fileSizes(folder) {
  const rows = [];
  for (const name of (await readdir(folder)).sort()) {
    if (!/\.(js|wasm|css|html)$/.test(name)) continue;
    const body = await readFile(join(folder, name));
    rows.push({
      file: name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One cold load in a fresh context: transfer per request and time to the first question. */
async function coldLoad(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const request = requests.get(e.requestId);
    if (request) request.bytes = e.encodedDataLength;
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-question-interactive').length > 0);
  const ms = await page.evaluate(() => performance.getEntriesByName('first-question-interactive')[0].startTime);
  const transfer = [...requests.values()].map((r) => {
    const path = new URL(r.url).pathname;
    return { file: path.split('/').pop() || `${path} (page)`, bytes: r.bytes };
  });
  await context.close();
  return { ms, transfer };
}

const server = await serve({ '/app/': DIST, '/baseline/': 'bench/baseline' });
const browser = await launch();
const pages = {
  app: `${server.url}/app/#/exam/${BANK}?mode=practice&count=20&seed=1&shuffle=off&time=none`,
  baseline: `${server.url}/baseline/?bank=/app/questions/${BANK}.json`,
};
const loads = { app: [], baseline: [] };
const transfers = {};
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate which page goes first, so neither always meets a warmer machine.
    const order = run % 2 ? ['baseline', 'app'] : ['app', 'baseline'];
    for (const name of order) {
      const { ms, transfer } = await coldLoad(browser, pages[name]);
      loads[name].push(ms);
      transfers[name] = transfer;
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const sizes = await fileSizes(DIST);
const total = (name) => transfers[name].reduce((sum, r) => sum + r.bytes, 0);
const cold = { app: stats(loads.app), baseline: stats(loads.baseline) };
const results = {
  machine: 'headless Chromium, CPU throttled 4x, cache disabled, service worker blocked',
  files: sizes,
  transfer: { app: transfers.app, baseline: transfers.baseline, totals: { app: total('app'), baseline: total('baseline') } },
  cold_load_ms: cold,
  budgets: {
    transfer: { limit_bytes: BUDGET_TRANSFER_BYTES, measured: total('app'), pass: total('app') <= BUDGET_TRANSFER_BYTES },
    cold_load: { limit_ratio: BUDGET_COLD_LOAD_RATIO, ratio: cold.app.median / cold.baseline.median,
      pass: cold.app.median / cold.baseline.median <= BUDGET_COLD_LOAD_RATIO },
  },
  not_yet_measured: ['quizdown (peer)', 'parse + validate 100/1,000/10,000 questions', 'interaction latency',
    'memory', 'long tasks'],
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nRelease files (bytes)');
console.log('file'.padEnd(44), 'raw'.padStart(9), 'gzip'.padStart(9), 'brotli'.padStart(9));
for (const r of sizes) console.log(r.file.padEnd(44), String(r.raw).padStart(9), String(r.gzip).padStart(9), String(r.brotli).padStart(9));
console.log('\nFirst-load transfer (as sent, brotli where accepted)');
for (const name of ['app', 'baseline']) {
  console.log(`  ${name}: ${kb(total(name))} in ${transfers[name].length} requests`);
  for (const r of transfers[name]) console.log(`    ${r.file.padEnd(42)} ${kb(r.bytes).padStart(10)}`);
}
console.log(`\nCold load to first question interactive, ${RUNS} runs each (ms)`);
console.log('page'.padEnd(10), 'median'.padStart(8), 'min'.padStart(8), 'max'.padStart(8));
for (const name of ['app', 'baseline']) {
  const s = cold[name];
  console.log(name.padEnd(10), s.median.toFixed(0).padStart(8), s.min.toFixed(0).padStart(8), s.max.toFixed(0).padStart(8));
}
console.log(`ratio app/baseline (median): ${results.budgets.cold_load.ratio.toFixed(2)}x`);
console.log('\nBudgets');
console.log(`  first-load transfer ≤ ${kb(BUDGET_TRANSFER_BYTES)}: ${kb(total('app'))} ${results.budgets.transfer.pass ? 'PASS' : 'FAIL'}`);
console.log(`  cold load ≤ ${BUDGET_COLD_LOAD_RATIO}× baseline: ${results.budgets.cold_load.ratio.toFixed(2)}× ${results.budgets.cold_load.pass ? 'PASS' : 'FAIL'}`);
console.log(`  not measured yet: ${results.not_yet_measured.join('; ')}`);
await mkdir('target', { recursive: true });
await writeFile('target/bench-results.json', JSON.stringify(results, null, 2));
console.log('\nwritten: target/bench-results.json');
