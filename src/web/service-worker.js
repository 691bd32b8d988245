// The offline service worker. scripts/post-build.mjs writes it into dist/ as sw.js after each build,
// filling in VERSION (a hash of every file of the build) and FILES (what a candidate's first
// question needs: the page, its script, wasm, stylesheet, icon and the list of banks).
//
// - The build's own files (scripts, wasm, stylesheet, icon), whether or not their names carry a
//   content hash: cache first. The cache is this build's (its name holds VERSION), so a new
//   build comes with a new worker and a new cache, never a newer file mixed into an older build,
//   and a repeat visit downloads none of them again (the whole app's wasm is 250 KB).
// - The page and what is under questions/ (the bank list and the banks, which a teacher may
//   change without a build): from the cache at once when they are there, fetched again in the
//   background for the next visit (stale while revalidate), so a repeat visit waits for no
//   network; from the network the first time.
// - Banks and the worker module are not fetched at install: a bank is kept once it is opened, so
//   a site listing fifty banks costs a candidate only the ones they use. A first visit's page
//   asks for its bank before this worker controls it; once it does, the page names the files of
//   questions/ it asked for, arrived or still on their way (src/web/offline.rs), and they are
//   kept too, from the browser's HTTP cache when it has them. The same goes for the catalogue of
//   the interface's language (locales/<tag>.json), which only a candidate reading it fetches.
// The page and the assets it names come from the same build's cache: no stale mix.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `exam-practice-${VERSION}`;
const PREFIX = 'exam-practice-';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    // The first visit's page is controlled at once, so it works offline without a reload.
    await self.clients.claim();
  })());
});

/** Fetches and keeps a good response; a failed fetch gives undefined. */
async function fetchAndKeep(request, key) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(key, response.clone());
    }
    return response;
  } catch {
    return undefined;
  }
}

async function staleWhileRevalidate(event, key, fallbackUrl) {
  const cached = await caches.match(key);
  const fresh = fetchAndKeep(event.request, key);
  if (cached) {
    event.waitUntil(fresh);
    return cached;
  }
  const response = await fresh;
  if (response) return response;
  if (fallbackUrl) {
    const page = await caches.match(fallbackUrl);
    if (page) return page;
  }
  return Response.error();
}

self.addEventListener('message', (event) => {
  const keep = Array.isArray(event.data?.keep) ? event.data.keep : [];
  const folders = ['questions/', 'locales/'].map((folder) => new URL(folder, self.registration.scope).href);
  const wanted = keep.filter((url) => typeof url === 'string' && folders.some((folder) => url.startsWith(folder)));
  event.waitUntil(Promise.all(wanted.map(async (url) => {
    const key = url.split('#')[0];
    if (!(await caches.match(key))) await fetchAndKeep(new Request(key, { cache: 'force-cache' }), key);
  })));
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  return (await fetchAndKeep(request, request)) ?? Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) {
    return;
  }
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  const page = new URL('./', self.registration.scope).href;
  if (request.mode === 'navigate' || path === '' || path === 'index.html') {
    // Every address of the page (any query or fragment) is the one page.
    event.respondWith(staleWhileRevalidate(event, page, page));
  } else if (path.startsWith('questions/')) {
    event.respondWith(staleWhileRevalidate(event, url.href.split('#')[0]));
  } else {
    event.respondWith(cacheFirst(request));
  }
});
