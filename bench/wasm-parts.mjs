// The wasm's size by part, from `twiggy top -f csv` of the module with names kept (scripts/bench.sh):
// each item is put under the app's or the engine's module it names first (exam_practice::ui::exam,
// exam_engine::session), else under the crate it comes from (yew, serde_json, core), else under
// "data" (string constants, tables). Shows which parts a first load carries that the first
// question does not need, and what the stack itself weighs.
import { readFileSync } from 'node:fs';

const [csvFile, rows = '30'] = process.argv.slice(2);
const lines = readFileSync(csvFile, 'utf8').trim().split('\n').slice(1);

/** Splits one CSV line of twiggy's output (names may hold quoted commas). */
function fields(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { field += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { out.push(field); field = ''; }
    else field += c;
  }
  out.push(field);
  return out;
}

function part(name) {
  const app = /exam_practice\[[0-9a-f]+\]::(\w+)::(\w+)/.exec(name);
  if (app) return `app ${app[1]}::${app[2]}`;
  const engine = /exam_engine\[[0-9a-f]+\]::(\w+)/.exec(name);
  if (engine) return `engine ${engine[1]}`;
  if (name.startsWith('data segment')) return 'data (strings, tables)';
  const crate = /^[<&\s]*(?:mut\s+|dyn\s+)*([a-z_][a-z0-9_]*)(?:\[|::)/.exec(name);
  if (crate) return crate[1];
  if (name.startsWith('import ')) return 'imports (wasm-bindgen glue)';
  return 'other';
}

const sizes = new Map();
let total = 0;
for (const line of lines) {
  const [name, shallow] = fields(line);
  // Names and custom sections are dropped from the shipped file.
  if (/subsection|custom section/.test(name)) continue;
  const bytes = Number(shallow);
  sizes.set(part(name), (sizes.get(part(name)) ?? 0) + bytes);
  total += bytes;
}
console.log(`The wasm by part (twiggy, raw bytes of ${total} in all; the ${rows} largest)`);
for (const [name, bytes] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) {
  console.log(`${String(bytes).padStart(9)} ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${name}`);
}
