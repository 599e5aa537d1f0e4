// Støtteportalen's service worker: the offline copy. Registered by src/ui/storage.rs only
// when the user chose "Gem på denne enhed" (Cache Storage is storage on the device).
//
// - Precache at install time only: the portal's own pages and files listed in PRECACHE,
//   which scripts/sw-manifest.mjs writes into this file after the build (the version is a
//   hash of the list and the files' contents, so any change makes a new worker).
// - No runtime caching: a visit never writes anything new. User data is never cached.
// - Hashed assets (and the other precached files): cache first. Page navigations: network
//   first, then the cached page, then the app shell (/app.html) for client-side routes.
//   Precached URLs are the files' paths in dist (/index.html, /ydelser/index.html, …).
// - activate deletes older caches; {type:'SKIP_WAITING'} lets a waiting version take over.
const PRECACHE = {"version":"dev","files":[]}; // injected by scripts/sw-manifest.mjs
const CACHE = `stotteportalen-${PRECACHE.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.files)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(
      keys.filter((k) => k.startsWith('stotteportalen-') && k !== CACHE).map((k) => caches.delete(k)),
    )).then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

// Only our cache is read (caches.match would also see caches of other versions).
const cached = (request) => caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      // Offline: the page itself (/ydelser → /ydelser/index.html), else the app shell.
      fetch(request).catch(async () =>
        (await cached(request)) || (await cached(url.pathname.replace(/\/?$/, '/index.html')))
        || (await cached('/app.html')) || (await cached('/index.html')) || Response.error()),
    );
    return;
  }
  event.respondWith(cached(request).then((hit) => hit || fetch(request)));
});
