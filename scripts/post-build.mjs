// Trunk post-build hook, run on the staged build (Trunk passes TRUNK_STAGING_DIR; by hand,
// `node scripts/post-build.mjs dist` redoes step 2 after files were added to a built dist/):
// 1. puts the SHA-256 of every inline <script> of index.html into its Content-Security-Policy,
//    so the policy can forbid all other inline script (injected markup included) while Trunk's
//    own start-up script still runs;
// 2. writes each listed bank's figures into questions/index.json (`exam-check --index`), so the
//    start page lists the banks without downloading them;
// 2b. checks and compiles the interface's catalogues (src/locales/*.ftl) into locales/<tag>.json
//    and writes the languages' tags into index.html (a meta tag) for its start-up script;
// 3. writes where each listed bank's file is into index.html (a meta tag), so its start-up script
//    can ask for the bank an address names at once, without waiting for the index;
// 4. writes the start page's bank list into index.html's body (plain links, usable before the
//    wasm arrives; the app replaces it when it starts);
// 5. writes the offline service worker, sw.js, from src/web/service-worker.js with the list of
//    the files it keeps at install and a version made from every file of the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatter } from './catalogue-format.mjs';

const PLACEHOLDER = "'inline-script-hashes'";
// The teachers' tools' worker module (crates/teacher-tools): its files start with this.
const TEACHER_TOOLS = 'teacher-tools';
const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const file = join(staging, 'index.html');
let html = readFileSync(file, 'utf8');
const hashed = /Content-Security-Policy" content="[^"]*'sha256-/.test(html);
const fresh = html.includes(PLACEHOLDER);
if (!fresh && !hashed) {
  console.error(`post-build.mjs: ${file} has no ${PLACEHOLDER} in its Content-Security-Policy`);
  process.exit(1);
}
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (match) => `'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`,
);
// `trunk serve` adds its live-reload script when it serves the page, after this hook, and talks
// to it over a WebSocket; development builds therefore allow inline script and WebSockets.
// Release builds (what gets hosted and what the end-to-end tests load) allow neither.
const development = process.env.TRUNK_PROFILE === 'debug';
const scriptSources = development ? "'unsafe-inline'" : hashes.join(' ');
const devConnect = development ? ' ws: wss:' : '';
// A fresh page has the placeholder; one processed before (`node scripts/post-build.mjs dist` again)
// has its hashes replaced, so a script added or changed since is allowed and an old one is not.
const HASHES = /'sha256-[A-Za-z0-9+/=]+'(?: 'sha256-[A-Za-z0-9+/=]+')*/;
html = fresh
  ? html.replace(PLACEHOLDER, scriptSources).replace(" 'dev-connect'", devConnect)
  : html.replace(HASHES, hashes.join(' '));
writeFileSync(file, html);
console.log(`post-build.mjs: ${hashes.length} inline script hash(es) written to ${file}`);

// The release build's settings for the wasm (build-std, panic=immediate-abort) are not for a
// native program, so the workspace's native tools below run without them.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) =>
  !['RUSTFLAGS', 'RUSTC_BOOTSTRAP', 'CARGO_BUILD_TARGET'].includes(name) && !name.startsWith('CARGO_UNSTABLE_')));

// The index's figures, by the checker the teachers use (a native build of this workspace's
// exam-check).
const questions = join(staging, 'questions');
if (existsSync(questions)) {
  const check = spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'exam-check', '--', '--index', questions],
    { env, encoding: 'utf8' });
  process.stdout.write(`post-build.mjs: ${check.stdout ?? ''}`);
  // Problems in a bank do not stop the build: the app shows them when the bank is opened.
  if (check.stderr) process.stderr.write(check.stderr);
  if (check.status !== 0 && check.status !== 1) {
    console.error(`post-build.mjs: exam-check --index ${questions} failed (${check.error ?? `status ${check.status}`})`);
    process.exit(1);
  }
}

// The interface's languages: every catalogue of src/locales/ checked and compiled to
// locales/<tag>.json (English is built into the wasm, and its file is only for tests and
// translators), by this workspace's catalogue tool, and
// their tags written into index.html for the start-up script, which asks for the candidate's at
// once, beside the bank.
const locales = join(staging, 'locales');
{
  const compile = spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'catalogue', '--features', 'compile', '--',
    'compile', 'src/locales', locales], { env, encoding: 'utf8' });
  if (compile.stderr) process.stderr.write(compile.stderr);
  if (compile.status !== 0) {
    console.error(`post-build.mjs: the catalogues in src/locales/ do not compile (${compile.error ?? `status ${compile.status}`})`);
    process.exit(1);
  }
  const tags = ['en', ...readdirSync(locales).filter((name) => name.endsWith('.json') && name !== 'en.json')
    .map((name) => name.slice(0, -5)).sort()];
  const languagesMeta = `<meta name="exam-practice-languages" content="${tags.join(' ')}" />`;
  const existingLanguages = /<meta name="exam-practice-languages" content="[^"]*" \/>/;
  html = existingLanguages.test(html) ? html.replace(existingLanguages, languagesMeta)
    : html.replace('<meta name="exam-practice-bank-paths"', `${languagesMeta}\n    <meta name="exam-practice-bank-paths"`);
  writeFileSync(file, html);
  console.log(`post-build.mjs: ${tags.length} interface languages (${tags.join(', ')}); catalogues in ${locales}`);
}

// Where each listed bank's file is, for the start-up script (as `id=path&…`, which
// URLSearchParams reads); an index that cannot be read leaves it empty, and the script then asks
// the index first.
let bankPaths = '';
try {
  const { banks } = JSON.parse(readFileSync(join(questions, 'index.json'), 'utf8'));
  bankPaths = new URLSearchParams(banks.map((bank) => [bank.id, bank.path])).toString();
} catch {
  // No index, or not one this build can read: the app says so when it loads.
}
const pathsMeta = `<meta name="exam-practice-bank-paths" content="${bankPaths.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`;
const existing = /<meta name="exam-practice-bank-paths" content="[^"]*" \/>/;
html = readFileSync(file, 'utf8');
html = existing.test(html) ? html.replace(existing, pathsMeta) : html.replace('</head>', `  ${pathsMeta}\n  </head>`);

// The start page's bank list, written into the body so a candidate can open a bank before the
// wasm arrives: the same markup as the app's start page (src/ui/pages/home, BankList in
// src/ui/components/bank_list.rs), plain links that only change the hash, which the app reads
// when it starts. Yew empties the body when it mounts, so the app replaces it; styles/app.css
// shows it only on the start page's address (the class index.html's first script sets).
// Everything from the index is escaped. The description is the bank's markup, which only the
// app renders: here it is its text as written, a paragraph per blank line, so the layout stays
// while markup characters show as typed until the app takes over. An index that cannot be read
// writes no list (the app says why when it loads).
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
// Its words are English's, from the catalogue the app has built in, and marked English, so a
// screen reader reads them so until the app takes over in the candidate's language.
const english = formatter(JSON.parse(readFileSync(join(locales, 'en.json'), 'utf8')).messages, 'en');
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
// A bank's language marks its own text (the title and description), as the app does
// (src/ui/components/bank_language.rs). The figures' language was checked when the index was
// written; the direction is left to the text itself (dir="auto") until the app, which holds the
// one list of right-to-left scripts and languages, takes over.
const languageAttributes = (tag) => (typeof tag === 'string' ? ` lang="${escape(tag)}" dir="auto"` : '');
function figuresOf(figures) {
  const paragraphs = String(figures.description).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const leftOut = Math.max(0, figures.questions_in_file - figures.questions);
  const figure = (term, value, extra = '') => `<div${extra}><dt>${escape(english(term))}</dt><dd>${escape(value)}</dd></div>`;
  return `<div class="description"${languageAttributes(figures.language)}>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</div>`
    + '<dl class="figures">'
    + figure('bank-list-questions', new Intl.NumberFormat('en').format(figures.questions))
    + figure('bank-list-default-exam', english('bank-list-default-exam-value', { questions: figures.exam_questions, minutes: figures.exam_minutes }))
    + figure('bank-list-pass-mark', percent.format(figures.pass_percent / 100))
    + figure('bank-list-topics', figures.topics.join(', '), ' class="topics"')
    + '</dl>'
    + (leftOut > 0 ? `<p class="skipped">${escape(english('bank-list-left-out-see-page', { count: leftOut, total: figures.questions_in_file }))}</p>` : '');
}
// An id the app would refuse (Id::check) is left to the app, which says why.
const validId = (id) => typeof id === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(id);
function listed(bank) {
  const heading = `bank-${bank.id}`;
  return '<li class="bank">'
    + `<article aria-labelledby="${escape(heading)}"><h2 id="${escape(heading)}"${languageAttributes(bank.figures?.language)}>${escape(bank.title)}</h2>`
    + (bank.figures ? figuresOf(bank.figures) : `<p>${escape(english('bank-list-open-to-see'))}</p>`)
    + `<p><a class="button" href="#/bank/${escape(bank.id)}">${escape(english('common-open-bank', { title: bank.title }))}</a></p>`
    + '</article></li>';
}
function startPage(banks) {
  const list = banks.length === 0
    ? `<p>${escape(english('bank-list-none', { file: 'questions/index.json' }))}</p>`
    : `<ul class="bank-list" aria-label="${escape(english('bank-list-label'))}">${banks.filter((bank) => validId(bank.id)).map(listed).join('')}</ul>`;
  return '<div class="prerendered" data-prerendered lang="en">'
    + `<header class="site-header"><a class="brand" href="#/">${escape(english('site-brand'))}</a></header>`
    + `<main id="main" class="page"><h1>${escape(english('home-heading'))}</h1>${list}</main>`
    + '</div>';
}
const START = '<!-- post-build.mjs: the start page -->';
const END = '<!-- post-build.mjs: end of the start page -->';
let prerendered = '';
try {
  const { banks } = JSON.parse(readFileSync(join(questions, 'index.json'), 'utf8'));
  prerendered = `${START}\n    ${startPage(banks)}\n    ${END}`;
} catch {
  // No index, or not one this build can read: nothing is written, and the app says why.
}
const before = new RegExp(`\\s*${START}[\\s\\S]*?${END}`);
html = html.replace(before, '');
if (prerendered) html = html.replace('</body>', `  ${prerendered}\n  </body>`);
writeFileSync(file, html);

// The service worker: the files a candidate's first question needs, kept at install (not the
// banks, which are kept once opened, nor the teachers' worker module, kept once used, nor the
// languages' catalogues, the candidate's kept once fetched), and a
// version that changes whenever any file of the build does (banks are hashed here).
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const files = filesUnder(staging)
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((path) => path !== 'sw.js' && !path.startsWith('.'))
  .sort();
const version = createHash('sha256');
for (const path of files) version.update(path).update(readFileSync(join(staging, path)));
const shell = files.filter((path) =>
  (!path.startsWith('questions/') || path === 'questions/index.json') && !path.startsWith(`${TEACHER_TOOLS}`)
  && !path.startsWith('locales/'));
const worker = readFileSync('src/web/service-worker.js', 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('__FILES__', JSON.stringify(['./', ...shell.map((f) => `./${f}`)]));
writeFileSync(join(staging, 'sw.js'), worker);
console.log(`post-build.mjs: sw.js keeps ${shell.length} of the build's ${files.length} files at install`);
