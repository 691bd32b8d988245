// The benchmark's interaction figures, read from a Chromium performance trace. For every click:
// - `frame`: from the start of its `click` event dispatch to the end of the first frame painted
//   after that event's task (the frame that shows what the click changed). This includes the wait
//   for the next frame (up to one 16.7 ms frame interval), which no page can avoid;
// - `work`: the main-thread time spent in that span (the event, the re-render, style, layout,
//   paint): what the page itself costs, and what must fit in a frame.
// And every main-thread task over 50 ms from a click until the page has been left alone for
// `quietMs` (the driver waits that long after each click without touching the page, so the
// trace between a click and its frame holds only the page's own work).

const CATEGORIES = ['devtools.timeline', 'toplevel'];

/** The renderer main thread of the page under test: the one that dispatched the clicks. */
function mainThread(events) {
  const dispatch = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!dispatch) throw new Error('the trace has no click event');
  return { pid: dispatch.pid, tid: dispatch.tid };
}

/**
 * Reads a trace taken while `kinds.length` clicks were made, in order, and returns, per kind,
 * the click-to-frame latencies (ms), plus the main-thread tasks over 50 ms (ms each).
 */
export function readTrace(trace, kinds, quietMs) {
  const events = trace.traceEvents ?? trace;
  const { pid, tid } = mainThread(events);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  // A click on a label or a control may dispatch a second, synthetic click inside the first; the
  // outer one is the user's.
  const clicks = [];
  for (const e of onMain) {
    if (e.name !== 'EventDispatch' || e.args?.data?.type !== 'click') continue;
    const last = clicks.at(-1);
    if (last && e.ts < last.ts + last.dur) continue;
    clicks.push(e);
  }
  if (clicks.length !== kinds.length) {
    throw new Error(`the trace has ${clicks.length} clicks, the run made ${kinds.length}`);
  }
  // Top-level tasks only: a task run inside another (a nested run loop) is part of it.
  const tasks = [];
  for (const e of onMain) {
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    const last = tasks.at(-1);
    if (last && e.ts < last.ts + last.dur) continue;
    tasks.push(e);
  }
  // The main thread's part of a frame ends with its paint (the compositor takes it from there).
  const paints = onMain.filter((e) => e.name === 'Paint');
  const latencies = {};
  const work = {};
  const longTasks = new Set();
  for (const [i, click] of clicks.entries()) {
    // No paint can run inside the click's task, and the re-render runs in that task (in the
    // event or its microtasks), so the first paint after the dispatch is the click's frame.
    const paint = paints.find((p) => p.ts >= click.ts + click.dur);
    if (!paint) throw new Error(`no frame was painted after click ${i + 1} (${kinds[i]})`);
    const start = click.ts;
    const end = paint.ts + paint.dur;
    const busy = tasks
      .filter((t) => t.ts < end && t.ts + t.dur > start)
      .reduce((sum, t) => sum + Math.min(end, t.ts + t.dur) - Math.max(start, t.ts), 0);
    (latencies[kinds[i]] ??= []).push((end - click.ts) / 1000);
    (work[kinds[i]] ??= []).push(busy / 1000);
    const quietEnd = Math.max(end, click.ts + quietMs * 1000);
    for (const t of tasks) {
      if (t.ts + t.dur > start && t.ts < quietEnd && t.dur > 50_000) longTasks.add(t);
    }
  }
  return { latencies, work, longTasks: [...longTasks].map((t) => t.dur / 1000) };
}

/**
 * Opens `url` in a fresh context (CPU throttled `rate`×), waits for the first question, then
 * makes `questions` rounds of `round(page)` clicks under a trace. `round` returns the kinds of
 * the clicks it made, in order.
 */
export async function driveAndTrace(browser, { url, rate, questions, round, quietMs }) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-question-interactive').length > 0);
  await browser.startTracing(page, { categories: CATEGORIES });
  const kinds = [];
  try {
    for (let q = 0; q < questions; q++) kinds.push(...(await round(page, q)));
  } finally {
    var trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  }
  await context.close();
  return readTrace(trace, kinds, quietMs);
}

/** The median and the 95th percentile (nearest rank) of a list of numbers. */
export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { median: rank(50), p95: rank(95), max: sorted.at(-1), count: sorted.length };
}
