// Trunk post-build hook: puts the SHA-256 of every inline <script> of the built index.html into
// its Content-Security-Policy, so the policy can forbid all other inline script (injected markup
// included) while Trunk's own start-up script still runs. Trunk passes TRUNK_STAGING_DIR.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACEHOLDER = "'inline-script-hashes'";
const file = join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
let html = readFileSync(file, 'utf8');
if (!html.includes(PLACEHOLDER)) {
  console.error(`csp.mjs: ${file} has no ${PLACEHOLDER} in its Content-Security-Policy`);
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
writeFileSync(file, html);
console.log(`csp.mjs: ${hashes.length} inline script hash(es) written to ${file}`);
