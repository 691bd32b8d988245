// The offline service worker. scripts/post-build.mjs writes it into dist/ as sw.js after each build,
// filling in VERSION (a hash of the build's file list) and FILES (every file of the build).
//
// - The page itself and question files: network first, so a new version or an edited bank is
//   seen on the next visit; the cached copy when the network is gone.
// - Everything else has a content hash in its name: cache first.
// Every file name comes from the page that asked for it, and each build's page names only its
// own hashed files, so a page and its assets always come from the same build: no stale mix.
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

function networkFirst(request, fallbackUrl) {
  return fetch(request)
    .then(async (response) => {
      if (response.ok) {
        const cache = await caches.open(CACHE);
        await cache.put(request, response.clone());
      }
      return response;
    })
    .catch(async () => {
      const cached = await caches.match(request, { ignoreSearch: true });
      if (cached) return cached;
      if (fallbackUrl) {
        const page = await caches.match(fallbackUrl);
        if (page) return page;
      }
      return Response.error();
    });
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) {
    return;
  }
  const path = url.href.slice(self.registration.scope.length);
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, new URL('./', self.registration.scope).href));
  } else if (path.startsWith('questions/') || path === '' || path === 'index.html') {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});
