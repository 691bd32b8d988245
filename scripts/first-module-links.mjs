// The first module's link check (scripts/test.sh runs it after the release build): reads the
// first module's wasm as the linker left it (with its function names, before wasm-bindgen and
// wasm-opt), and fails when any function belongs to a module only the whole app may carry, so
// every later feature stays off the first question's path. It prints the first module's code by
// part, and both modules' shipped sizes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const [linked = 'target/wasm32-unknown-unknown/release/first-question.wasm', dist = 'dist'] = process.argv.slice(2);

// Module paths the first module must not link, each with why (crate::module::…).
const FORBIDDEN = [
  ['exam_practice::ui::pages::results', 'the results page'],
  ['exam_practice::ui::pages::bank', 'the bank page: set-up, study panels, history'],
  ['exam_practice::ui::pages::home', 'the start page and own banks'],
  ['exam_practice::ui::pages::class_results', "the teachers' Class results"],
  ['exam_practice::ui::pages::exam::runner', "the whole app's runner (results, records, LMS)"],
  ['exam_practice::ui::pages::exam::finished', 'the results of a finished exam'],
  ['exam_practice::ui::pages::exam::whole', "the whole app's exam kind"],
  ['exam_practice::ui::stores::history', 'attempt history'],
  ['exam_practice::ui::stores::review', 'spaced review'],
  ['exam_practice::ui::stores::library', 'own banks'],
  ['exam_practice::ui::stores::kept_banks', 'own banks'],
  ['exam_practice::ui::stores::package', 'SCORM packages'],
  ['exam_practice::ui::app', 'the whole app'],
  ['exam_practice::web::scorm', 'SCORM'],
  ['exam_practice::web::download', 'exports'],
  ['exam_practice::web::file', 'opening files'],
  ['exam_practice::web::teacher_tools', "the teachers' tools"],
  ['exam_engine::results', 'results'],
  ['exam_engine::class_results', "the teachers' Class results"],
  ['exam_engine::history', 'attempt history'],
  ['exam_engine::review', 'spaced review'],
  ['exam_engine::fsrs', 'spaced review'],
  ['exam_engine::readiness', '"am I ready?"'],
  ['exam_engine::progress', 'progress files'],
  ['exam_engine::stats', "the checker's statistics"],
  ['exam_engine::export', 'exports'],
  ['exam_engine::result_file', 'result files'],
  ['exam_engine::package', 'SCORM packages (its meta tag name is a constant, inlined)'],
  ['exam_engine::worker_protocol', "the teachers' tools"],
  ['exam_engine::import::transfer', "the teachers' tools"],
];

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Each function's name (as mangled) and body size, from the name and code sections. */
function functions(bytes) {
  let imported = 0;
  const sizes = [];
  const names = new Map();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = leb(bytes, at);
    const end = at + size;
    if (id === 2) {
      let [count, p] = leb(bytes, at);
      for (let i = 0; i < count; i++) {
        let len;
        [len, p] = leb(bytes, p); p += len;
        [len, p] = leb(bytes, p); p += len;
        const kind = bytes[p++];
        if (kind === 0) { imported++; [, p] = leb(bytes, p); }
        else if (kind === 1) { p++; let flags; [flags, p] = leb(bytes, p); [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
        else if (kind === 2) { let flags; [flags, p] = leb(bytes, p); [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
        else if (kind === 3) p += 2;
      }
    } else if (id === 10) {
      let [count, p] = leb(bytes, at);
      for (let i = 0; i < count; i++) {
        const [len, body] = leb(bytes, p);
        sizes.push(len + (body - p));
        p = body + len;
      }
    } else if (id === 0) {
      const [len, p0] = leb(bytes, at);
      if (new TextDecoder().decode(bytes.subarray(p0, p0 + len)) === 'name') {
        let p = p0 + len;
        while (p < end) {
          const sub = bytes[p++];
          let subSize;
          [subSize, p] = leb(bytes, p);
          if (sub === 1) {
            let [count, q] = leb(bytes, p);
            for (let i = 0; i < count; i++) {
              let index, nameLen;
              [index, q] = leb(bytes, q);
              [nameLen, q] = leb(bytes, q);
              names.set(index, new TextDecoder().decode(bytes.subarray(q, q + nameLen)));
              q += nameLen;
            }
          }
          p += subSize;
        }
      }
    }
    at = end;
  }
  if (names.size === 0) throw new Error(`${linked} has no function names: build it without stripping`);
  return sizes.map((size, i) => ({ name: names.get(i + imported) ?? '', size }));
}

/**
 * The module paths a mangled name mentions, as "crate::a::b": in both manglings (v0 and legacy)
 * a path is the crate's name and then each segment as its length and its characters, with only
 * tags, disambiguators or hashes between them.
 */
function paths(name, crate = /(\d+)(exam_practice|exam_engine|first_question)/g) {
  const found = [];
  let match;
  while ((match = crate.exec(name))) {
    // A pattern without the name's own group names the crate by the length before it.
    const crateName = match[2] ?? name.slice(match.index + match[0].length, match.index + match[0].length + Number(match[1]));
    if (Number(match[1]) !== crateName.length || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(crateName)) continue;
    const parts = [crateName];
    let at = match.index + match[0].length + (match[2] ? 0 : crateName.length);
    for (let i = 0; i < 4; i++) {
      const next = /^(?:s[0-9A-Za-z]*_)?(?:N[a-zA-Z])*(\d+)/.exec(name.slice(at));
      if (!next) break;
      const length = Number(next[1]);
      const segment = name.slice(at + next[0].length, at + next[0].length + length);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment) || segment.length !== length) break;
      parts.push(segment);
      at += next[0].length + length;
    }
    found.push(parts.join('::'));
  }
  return found;
}

const all = functions(readFileSync(linked));
const offenders = new Map();
const byPart = new Map();
// wasm-bindgen reads the describe functions (the types of the JS bindings) and removes them, so
// the table leaves them out to show what ships; they are still checked below.
const describes = /WasmDescribe|wbindgen_describe/;
let described = 0;
for (const { name, size } of all) {
  const mentioned = paths(name);
  if (describes.test(name)) described += size;
  // Code of no crate of ours is counted under its own crate and first module (core::fmt,
  // serde_json::de), found as v0 mangling writes a crate: C, a disambiguator, then the name.
  const part = mentioned[0]?.split('::').slice(0, mentioned[0].startsWith('exam_practice::ui::pages') ? 5 : 3).join('::')
    ?? paths(name, /C(?:s[0-9A-Za-z]*_)?(\d+)/g)[0]?.split('::').slice(0, 2).join('::')
    ?? 'other';
  if (!describes.test(name)) byPart.set(part, (byPart.get(part) ?? 0) + size);
  for (const path of mentioned) {
    const rule = FORBIDDEN.find(([module]) => path === module || path.startsWith(`${module}::`));
    if (rule) offenders.set(rule[0], [...(offenders.get(rule[0]) ?? []), name]);
  }
}
const total = all.reduce((sum, f) => sum + f.size, 0) - described;
console.log(`The first module's code by part (${total} bytes of function bodies before wasm-opt, which inlines and shrinks them; the 15 largest):`);
for (const [part, size] of [...byPart].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${String(size).padStart(9)} ${((100 * size) / total).toFixed(1).padStart(5)} %  ${part}`);
}

const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log('\nBoth modules as shipped (bytes: raw, gzip, brotli):');
for (const [label, pattern] of [['first module', /^first-question-[0-9a-f]+(_bg\.wasm|\.js)$/], ['whole app', /^exam-practice(_bg\.wasm|\.js)$/]]) {
  for (const file of readdirSync(dist).filter((f) => pattern.test(f))) {
    const bytes = readFileSync(join(dist, file));
    console.log(`  ${label.padEnd(13)} ${file.padEnd(42)} ${String(bytes.length).padStart(8)} ${String(gzipSync(bytes, { level: 9 }).length).padStart(8)} ${String(brotli(bytes)).padStart(8)}`);
  }
}

if (offenders.size) {
  console.error(`\nfirst-module-links.mjs: ${linked} links code only the whole app may carry:`);
  for (const [module, names] of offenders) {
    const why = FORBIDDEN.find(([m]) => m === module)[1];
    console.error(`  ${module} (${why}): ${names.length} function(s), e.g.`);
    for (const name of names.slice(0, 3)) console.error(`    ${name.slice(0, 160)}`);
  }
  process.exit(1);
}
console.log(`\nfirst-module-links.mjs: the first module links none of the ${FORBIDDEN.length} modules only the whole app may carry`);
