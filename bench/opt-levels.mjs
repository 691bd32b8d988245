// Compares the wasm of two release builds after compression: dist/ (opt-level "z", as shipped)
// and one built with opt-level "s". Prints both and which is smaller; scripts/bench.sh runs it.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

async function wasmSizes(folder) {
  const name = (await readdir(folder)).find((f) => f.endsWith('.wasm'));
  const body = await readFile(join(folder, name));
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const [shipped, other] = process.argv.slice(2);
const z = await wasmSizes(shipped);
const s = await wasmSizes(other);
console.log('opt-level "z" (shipped) against "s": wasm bytes raw / gzip / brotli');
console.log(`  "z": ${z.raw} / ${z.gzip} / ${z.brotli}`);
console.log(`  "s": ${s.raw} / ${s.gzip} / ${s.brotli}`);
console.log(z.brotli <= s.brotli
  ? `  "z" is smaller after brotli by ${s.brotli - z.brotli} bytes: keep it`
  : `  "s" is smaller after brotli by ${z.brotli - s.brotli} bytes: switch Cargo.toml to opt-level = "s"`);
