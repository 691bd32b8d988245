// Trunk post-build hook, run on the staged build (Trunk passes TRUNK_STAGING_DIR; by hand,
// `node scripts/post-build.mjs dist` redoes step 2 after files were added to a built dist/):
// 1. puts the SHA-256 of every inline <script> of index.html into its Content-Security-Policy,
//    so the policy can forbid all other inline script (injected markup included) while Trunk's
//    own start-up script still runs;
// 2. writes the offline service worker, sw.js, from src/web/service-worker.js with the list of
//    every file of this build and a version made from it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const PLACEHOLDER = "'inline-script-hashes'";
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
html = html.replace(PLACEHOLDER, scriptSources).replace(" 'dev-connect'", devConnect);
if (fresh) {
  writeFileSync(file, html);
  console.log(`post-build.mjs: ${hashes.length} inline script hash(es) written to ${file}`);
}

// The service worker: every file of the build (relative to the page), and a version that
// changes whenever any file does (hashed names change with content; banks are hashed here).
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
const worker = readFileSync('src/web/service-worker.js', 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]));
writeFileSync(join(staging, 'sw.js'), worker);
console.log(`post-build.mjs: sw.js lists ${files.length} files`);
