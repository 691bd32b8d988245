// The benchmark's static server: serves folders on loopback with brotli or gzip as the browser
// asks (compressed once, at the highest levels, like a well-set-up host), and with the COOP/COEP
// headers that performance.measureUserAgentSpecificMemory needs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Serves each `mounts[prefix] = folder` and returns { url, sent, close }. Files are sent `no-store`,
 * except under the prefixes in `cacheable`, which a browser may keep (for repeat visits).
 */
export async function serve(mounts, cacheable = []) {
  const compressed = new Map();
  // Every file sent, as { path, bytes }, service workers' requests included (a page's own view of
  // the network does not show what its worker fetched).
  const sent = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const prefix = Object.keys(mounts).find((p) => url.pathname.startsWith(p));
    if (!prefix) return res.writeHead(404).end();
    let rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    if (rel.startsWith('..')) return res.writeHead(403).end();
    if (rel === '.' || rel === '' || rel.endsWith('/')) rel = join(rel, 'index.html');
    const file = join(mounts[prefix], rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      return res.writeHead(404).end();
    }
    const accept = req.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
    const key = `${file}|${encoding}`;
    if (!compressed.has(key)) {
      const body = await readFile(file);
      compressed.set(key, encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : encoding === 'gzip' ? gzipSync(body, { level: 9 }) : body);
    }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': cacheable.includes(prefix) ? 'max-age=3600' : 'no-store',
      vary: 'accept-encoding',
    };
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    sent.push({ path: url.pathname, bytes: compressed.get(key).length });
    res.writeHead(200, headers).end(compressed.get(key));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    sent,
    close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }),
  };
}
