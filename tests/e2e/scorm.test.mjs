// The SCORM 1.2 package (bash scripts/build.sh --scorm, E2E_SCORM_ZIP) unpacked and launched in
// a frame under a page running scorm-again, the LMS-side SCORM runtime: what the LMS receives
// (score, status, session time), a resume from the LMS's suspend data after a reload mid-exam,
// and the package alone, without an LMS. The LMS here serves .wasm with the wrong content type.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { serveDist, launchBrowser, openPage } from './harness.mjs';
import { catalogue } from './catalogue.mjs';

const ZIP = process.env.E2E_SCORM_ZIP || 'target/e2e-scorm.zip';
const PACKAGE = '/lms/pkg/';

// The LMS's page: a Scorm12API as window.API (restored from sessionStorage when the test asks
// for a relaunch), and the package in a frame, as an LMS launches a SCO.
const LMS_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Course</title><link rel="icon" href="data:,">
<script src="/lms/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  const kept = sessionStorage.getItem('relaunch-with');
  if (kept) window.API.loadFromJSON(JSON.parse(kept));
  window.lmsCalls = [];
  window.lmsValues = {};
  window.API.on('LMSSetValue.cmi.*', (element, value) => { window.lmsValues[element] = value; });
  for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) {
    window.API.on(name, () => window.lmsCalls.push(name));
  }
</script></head>
<body><iframe id="sco" title="Exam" src="${PACKAGE}index.html" style="width: 100%; height: 1200px"></iframe></body></html>`;

let server;
let browser;
let listed = [];
let dir;

/** Serves the unpacked package in `from` under PACKAGE, beside the LMS's page and runtime. */
async function serveLms(from) {
  const runtime = await readFile('node_modules/scorm-again/dist/scorm12.js');
  return serveDist(from, PACKAGE, {
    '/lms/course.html': { body: LMS_PAGE, type: 'text/html; charset=utf-8' },
    '/lms/scorm12.js': { body: runtime, type: 'text/javascript; charset=utf-8' },
  }, 0, { '.wasm': 'application/octet-stream' });
}

before(async () => {
  const zip = new AdmZip(ZIP);
  listed = zip.getEntries().map((e) => e.entryName);
  dir = await mkdtemp(join(tmpdir(), 'scorm-'));
  zip.extractAllTo(dir, true);
  server = await serveLms(dir);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// What the LMS received: the last value set for each element, and the calls made.
const cmi = (page) => page.evaluate(() => ({
  raw: window.lmsValues['cmi.core.score.raw'],
  min: window.lmsValues['cmi.core.score.min'],
  max: window.lmsValues['cmi.core.score.max'],
  status: window.lmsValues['cmi.core.lesson_status'],
  time: window.lmsValues['cmi.core.session_time'],
  suspend: window.API.cmi.suspend_data,
  calls: window.lmsCalls,
}));

test('the zip has imsmanifest.xml at its root and the app and bank inside', () => {
  assert.equal(listed[0], 'imsmanifest.xml');
  for (const file of ['index.html', 'questions/index.json', 'questions/fixture-compute.json']) {
    assert.ok(listed.includes(file), `${file} is in the package`);
  }
  assert.ok(listed.some((f) => f.endsWith('.wasm')));
  assert.ok(!listed.includes('sw.js'), 'no service worker');
});

test('the LMS receives the score, the status and the session time, and an attempt resumes from the LMS after a reload', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(`${server.origin}/lms/course.html`);
  const exam = page.frameLocator('#sco');
  await exam.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.match(await exam.getByText(/Question 1 of 3/).innerText(), /Question 1 of 3/);
  await page.waitForFunction(() => window.lmsCalls.includes('LMSInitialize'));

  await exam.locator('.choices input').first().check();
  await exam.getByRole('button', { name: 'Next', exact: true }).click();
  await exam.getByRole('heading', { name: 'Question 2', exact: true }).waitFor();
  await exam.locator('.choices input').nth(1).check();
  await exam.getByRole('button', { name: 'Flag for review' }).click();
  await exam.getByRole('button', { name: 'Rule out C' }).click();
  // The attempt so far is in the LMS as suspend data (set at once; the package commits at
  // launch, then at most every 30 seconds, and when the page goes): question 2 answered with
  // its second choice, flagged, and its third ruled out.
  await page.waitForFunction(() => /\|.*;b\.f\.\d+\.c(;|$)/.test(window.API.cmi.suspend_data) && window.lmsCalls.includes('LMSCommit'));
  const midway = await cmi(page);
  assert.equal(midway.status, 'incomplete');
  assert.ok(midway.suspend.length <= 4096);

  // Relaunch: a new LMS page that holds what the LMS kept, and a browser with no saved data.
  await page.evaluate((suspend) => {
    sessionStorage.setItem('relaunch-with', JSON.stringify({ suspend_data: suspend, core: { entry: 'resume', lesson_status: 'incomplete' } }));
  }, midway.suspend);
  await page.frames()[1].evaluate(() => localStorage.clear());
  await page.reload();
  await exam.getByRole('heading', { name: 'Question 2', exact: true }).waitFor();
  assert.equal(await exam.locator('.choices input').nth(1).isChecked(), true, 'the answer came back from the LMS');
  assert.equal(await exam.getByRole('button', { name: 'Flag for review' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await exam.getByRole('button', { name: 'Rule out C' }).getAttribute('aria-pressed'), 'true', 'the strike came back from the LMS');
  assert.equal(await exam.getByRole('button', { name: 'Rule out B' }).getAttribute('aria-pressed'), 'false');

  await exam.getByRole('button', { name: 'Next', exact: true }).click();
  await exam.locator('.choices input').first().check();
  await exam.getByRole('button', { name: 'Submit', exact: true }).click();
  await exam.getByRole('button', { name: 'Submit now' }).click();
  const sent = exam.getByRole('status').filter({ hasText: 'Your result was sent to your course' });
  await sent.waitFor();
  const shown = await exam.locator('.score-figure').innerText();
  const verdict = await exam.locator('.score strong').innerText();
  const lms = await cmi(page);
  assert.equal(`${lms.raw}%`, shown, 'the LMS has the score the page shows');
  assert.equal(lms.min, '0');
  assert.equal(lms.max, '100');
  assert.equal(lms.status, verdict === 'PASS' ? 'passed' : 'failed');
  assert.match(lms.time, /^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  assert.ok(lms.calls.includes('LMSFinish'));

  const outside = server.requests.filter((path) => !path.startsWith('/lms/'));
  assert.deepEqual(outside, [], 'no request leaves the package');
  const frame = page.frames()[1];
  assert.equal(await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  const keys = await frame.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.length > 0 && keys.every((k) => k.includes('package:fixture-compute-s2024-n3/')), keys.join(', '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('without an LMS the package runs its exam as the app runs anywhere', async () => {
  const { context, page, errors } = await openPage(browser);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${server.origin}${PACKAGE}index.html`);
  await page.getByRole('heading', { name: 'Question 1', exact: true }).waitFor();
  assert.match(await page.getByText(/Question 1 of 3/).innerText(), /Question 1 of 3/);
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.ok(warnings.some((w) => /application\/wasm/.test(w)), 'the wasm came with the wrong type and loaded all the same');
  assert.deepEqual(errors, []);
  await context.close();
});

test("a package shows the interface in the learner's language the LMS gives, else in the one it was packaged with", async () => {
  const fr = await catalogue(dir, 'fr');
  const ja = await catalogue(dir, 'ja');
  // The LMS keeps the learner's preference (cmi.student_preference.language) before the launch.
  const launch = async (origin, language) => {
    const { context, page, errors } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${origin}/lms/scorm12.js`);
    await page.evaluate((lang) => sessionStorage.setItem('relaunch-with',
      JSON.stringify(lang ? { student_preference: { language: lang } } : {})), language);
    await page.goto(`${origin}/lms/course.html`);
    return { context, page, errors, exam: page.frameLocator('#sco') };
  };
  const given = await launch(server.origin, 'fr');
  await given.exam.getByRole('heading', { name: fr.t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
  assert.equal(await given.page.frames()[1].evaluate(() => document.documentElement.lang), 'fr');
  assert.deepEqual(given.errors, []);
  await given.context.close();

  // A package made with --language ja, in an LMS that keeps no preference.
  const packaged = await mkdtemp(join(tmpdir(), 'scorm-ja-'));
  new AdmZip(ZIP).extractAllTo(packaged, true);
  const page = join(packaged, 'index.html');
  const html = await readFile(page, 'utf8');
  assert.match(html, /name="exam-practice-package" content="bank=/);
  await writeFile(page, html.replace('name="exam-practice-package" content="bank=', 'name="exam-practice-package" content="language=ja&bank='));
  const jaServer = await serveLms(packaged);
  try {
    const fallback = await launch(jaServer.origin, null);
    await fallback.exam.getByRole('heading', { name: ja.t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
    assert.equal(await fallback.page.frames()[1].evaluate(() => document.documentElement.lang), 'ja');
    assert.deepEqual(fallback.errors, []);
    await fallback.context.close();
    const both = await launch(jaServer.origin, 'fr');
    await both.exam.getByRole('heading', { name: fr.t('exam-question-heading', { number: 1 }), exact: true }).waitFor();
    await both.context.close();
  } finally {
    await jaServer.close();
  }
});
