// The benchmark (first part): builds nothing itself — scripts/bench.sh builds dist/ first — then
// serves the app and the hand-written baseline on loopback with brotli/gzip and COOP/COEP, and
// measures both in headless Chromium, as a mid-range phone (CPU throttled 4×, cache disabled, a
// fresh context per run, the pages alternating). Prints a table and writes
// target/bench-results.json.
//
// Measured so far: (1) first-load transfer per file and in total, (2) cold load to the first
// question interactive, for the app, the baseline and quizdown (the peer, given the same
// questions as a quizdown page), (3) parse + validate of generated banks of 100, 1,000 and
// 10,000 questions, the app's reader against the baseline's TextDecoder + JSON.parse + checks.
// Still to come (issue 6): interaction latency, memory and long tasks.
import { copyFile, readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
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

/** The peer: the same questions as a quizdown page (quizdown reads its quiz from the page). */
async function writePeerPage(folder) {
  const bank = JSON.parse(await readFile(join(DIST, 'questions', `${BANK}.json`), 'utf8'));
  const oneLine = (text) => text.replace(/\s*\n\s*/g, ' ');
  const quiz = bank.questions.map((q) => {
    const answer = new Set(Array.isArray(q.answer) ? q.answer : [q.answer]);
    const choices = q.choices.map((c) => `- [${answer.has(c.id) ? 'x' : ' '}] ${oneLine(c.text)}`);
    return [`### ${oneLine(q.prompt)}`, '', ...choices, '', `> ${oneLine(q.explanation)}`, ''].join('\n');
  }).join('\n');
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await mkdir(folder, { recursive: true });
  await copyFile('bench/node_modules/quizdown/public/build/quizdown.js', join(folder, 'quizdown.js'));
  await writeFile(join(folder, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>quizdown peer</title>
<script src="quizdown.js"></script>
<script>
  quizdown.init({ shuffle_answers: false, shuffle_questions: false });
  // quizdown renders into a shadow root; mark the moment its first choice can be clicked.
  (function watch() {
    const root = document.querySelector('.quizdown')?.shadowRoot;
    if (root && root.querySelector('input')) performance.mark('first-question-interactive');
    else requestAnimationFrame(watch);
  })();
</script></head>
<body><div class="quizdown">
---
shuffle_answers: false
---
${escape(quiz)}
</div></body></html>
`);
}

const SIZES = [100, 1000, 10000];

/** Banks of `n` questions made from the bundled one: the same shape, new ids, varied prompts. */
async function writeGeneratedBanks(folder) {
  const bank = JSON.parse(await readFile(join(DIST, 'questions', `${BANK}.json`), 'utf8'));
  await mkdir(folder, { recursive: true });
  for (const n of SIZES) {
    const questions = Array.from({ length: n }, (_, i) => {
      const q = bank.questions[i % bank.questions.length];
      return { ...q, id: `g${i}`, prompt: `${q.prompt} (${i})` };
    });
    await writeFile(join(folder, `bank-${n}.json`), JSON.stringify({ ...bank, questions, default_question_count: 20 }));
  }
}

/** Median time of `run` over the fetched bytes of each generated bank, in a throttled page. */
async function parseTimes(browser, url, ready, kind) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.waitForFunction(ready);
  const times = {};
  for (const n of SIZES) {
    const result = await page.evaluate(async ([n, runs, kind]) => {
      const bytes = await (await fetch(`/gen/bank-${n}.json`)).arrayBuffer();
      // Defined here, not passed as source: the app's Content-Security-Policy forbids eval.
      let run;
      if (kind === 'app') {
        run = (data) => window.wasmBindings.bench_import(new Uint8Array(data));
      } else {
        const { validate } = await import('/baseline/baseline.js');
        run = (data) => {
          const bank = JSON.parse(new TextDecoder().decode(data));
          return validate(bank).length === 0 ? bank.questions.length : 0;
        };
      }
      const ms = [];
      let questions = 0;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        questions = run(bytes);
        ms.push(performance.now() - start);
      }
      return { ms, questions };
    }, [n, RUNS, kind]);
    if (result.questions !== n) throw new Error(`${url}: read ${result.questions} of ${n} questions`);
    times[n] = stats(result.ms);
  }
  await context.close();
  return times;
}

await writePeerPage('target/bench-peer');
await writeGeneratedBanks('target/bench-banks');
const server = await serve({
  '/app/': DIST, '/baseline/': 'bench/baseline', '/peer/': 'target/bench-peer', '/gen/': 'target/bench-banks',
});
const browser = await launch();
const pages = {
  app: `${server.url}/app/#/exam/${BANK}?mode=practice&count=20&seed=1&shuffle=off&time=none`,
  baseline: `${server.url}/baseline/?bank=/app/questions/${BANK}.json`,
  quizdown: `${server.url}/peer/`,
};
const NAMES = Object.keys(pages);
const loads = { app: [], baseline: [], quizdown: [] };
const transfers = {};
try {
  for (let run = 0; run < RUNS; run++) {
    // Rotate which page goes first, so none always meets a warmer machine.
    const order = [...NAMES.slice(run % NAMES.length), ...NAMES.slice(0, run % NAMES.length)];
    for (const name of order) {
      const { ms, transfer } = await coldLoad(browser, pages[name]);
      loads[name].push(ms);
      transfers[name] = transfer;
    }
  }
  var parsing = {
    app: await parseTimes(browser, `${server.url}/app/`, () => Boolean(window.wasmBindings?.bench_import), 'app'),
    baseline: await parseTimes(browser, `${server.url}/baseline/`, () => true, 'baseline'),
  };
} finally {
  await browser.close();
  await server.close();
}

const sizes = await fileSizes(DIST);
const total = (name) => transfers[name].reduce((sum, r) => sum + r.bytes, 0);
const cold = Object.fromEntries(NAMES.map((name) => [name, stats(loads[name])]));
const results = {
  machine: 'headless Chromium, CPU throttled 4x, cache disabled, service worker blocked',
  files: sizes,
  transfer: { ...transfers, totals: Object.fromEntries(NAMES.map((name) => [name, total(name)])) },
  cold_load_ms: cold,
  budgets: {
    transfer: { limit_bytes: BUDGET_TRANSFER_BYTES, measured: total('app'), pass: total('app') <= BUDGET_TRANSFER_BYTES },
    cold_load: { limit_ratio: BUDGET_COLD_LOAD_RATIO, ratio: cold.app.median / cold.baseline.median,
      pass: cold.app.median / cold.baseline.median <= BUDGET_COLD_LOAD_RATIO },
    parse_10000: { limit_ratio: 1.0, ratio: parsing.app[10000].median / parsing.baseline[10000].median,
      pass: parsing.app[10000].median <= parsing.baseline[10000].median },
    parse_linear: { limit_growth_1000_to_10000: 12, growth: parsing.app[10000].median / parsing.app[1000].median,
      pass: parsing.app[10000].median / parsing.app[1000].median <= 12 },
  },
  parse_validate_ms: parsing,
  not_yet_measured: ['interaction latency', 'memory', 'long tasks'],
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nRelease files (bytes)');
console.log('file'.padEnd(44), 'raw'.padStart(9), 'gzip'.padStart(9), 'brotli'.padStart(9));
for (const r of sizes) console.log(r.file.padEnd(44), String(r.raw).padStart(9), String(r.gzip).padStart(9), String(r.brotli).padStart(9));
console.log('\nFirst-load transfer (as sent, brotli where accepted)');
for (const name of NAMES) {
  const ratio = name === 'app' ? '' : ` (app is ${(total('app') / total(name)).toFixed(2)}× this)`;
  console.log(`  ${name}: ${kb(total(name))} in ${transfers[name].length} requests${ratio}`);
  for (const r of transfers[name]) console.log(`    ${r.file.padEnd(42)} ${kb(r.bytes).padStart(10)}`);
}
console.log(`\nCold load to first question interactive, ${RUNS} runs each (ms)`);
console.log('page'.padEnd(10), 'median'.padStart(8), 'min'.padStart(8), 'max'.padStart(8), '  app ÷ this');
for (const name of NAMES) {
  const s = cold[name];
  const ratio = (cold.app.median / s.median).toFixed(2);
  console.log(name.padEnd(10), s.median.toFixed(0).padStart(8), s.min.toFixed(0).padStart(8), s.max.toFixed(0).padStart(8), `  ${ratio}×`);
}
console.log(`\nParse + validate a generated bank in the page, ${RUNS} runs each (ms, median [min–max])`);
console.log('questions'.padEnd(10), 'app'.padStart(22), 'baseline'.padStart(22), '  app ÷ baseline');
for (const n of SIZES) {
  const cell = (s) => `${s.median.toFixed(1)} [${s.min.toFixed(1)}–${s.max.toFixed(1)}]`.padStart(22);
  console.log(String(n).padEnd(10), cell(parsing.app[n]), cell(parsing.baseline[n]),
    `  ${(parsing.app[n].median / parsing.baseline[n].median).toFixed(2)}×`);
}
console.log('\nBudgets');
console.log(`  first-load transfer ≤ ${kb(BUDGET_TRANSFER_BYTES)}: ${kb(total('app'))} ${results.budgets.transfer.pass ? 'PASS' : 'FAIL'}`);
console.log(`  cold load ≤ ${BUDGET_COLD_LOAD_RATIO}× baseline: ${results.budgets.cold_load.ratio.toFixed(2)}× ${results.budgets.cold_load.pass ? 'PASS' : 'FAIL'}`);
console.log(`  parse + validate 10,000 questions ≤ 1.0× baseline: ${results.budgets.parse_10000.ratio.toFixed(2)}× ${results.budgets.parse_10000.pass ? 'PASS' : 'FAIL'}`);
console.log(`  linear from 1,000 to 10,000 (growth ≤ 12×): ${results.budgets.parse_linear.growth.toFixed(1)}× ${results.budgets.parse_linear.pass ? 'PASS' : 'FAIL'}`);
console.log(`  not measured yet: ${results.not_yet_measured.join('; ')}`);
await mkdir('target', { recursive: true });
await writeFile('target/bench-results.json', JSON.stringify(results, null, 2));
console.log('\nwritten: target/bench-results.json');
