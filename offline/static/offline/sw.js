/* Migration Facts service worker (offline/): rights pages readable offline.
   Served at /sw.js (scope: the whole site). Tracks nothing: it only keeps
   copies in this browser's cache.
   - Pages whose response says "X-Offline" (rights index, guides, cards) are
     kept when opened (network first; the copy when offline).
   - "Save for offline" (offline.js) stores a page and its audio in SAVED;
     an opened saved page refreshes that copy when online.
   - Styles and scripts: the cached copy at once, refreshed in the background.
   - Offline and not kept: the offline page of the URL's language. */
var PAGES = "mf-pages", SAVED = "mf-saved", STATIC = "mf-static";

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

function stamped(response) {
  var headers = new Headers(response.headers);
  headers.set("X-Saved-At", new Date().toISOString());
  return response.blob().then(function (body) {
    return new Response(body, { status: response.status, statusText: response.statusText, headers: headers });
  });
}

function store(name, request, response) {
  return Promise.all([caches.open(name), stamped(response)]).then(function (r) { return r[0].put(request, r[1]); });
}

function fromCache(request) {
  return caches.open(SAVED).then(function (saved) {
    return saved.match(request, { ignoreSearch: true }).then(function (hit) {
      return hit || caches.match(request, { ignoreSearch: true });
    });
  });
}

function offlinePage(url) {
  var lang = url.pathname.split("/")[1] || "en";
  return caches.match("/" + lang + "/offline/").then(function (hit) {
    return hit || caches.match("/en/offline/");
  });
}

function page(event) {
  var request = event.request, url = new URL(request.url);
  return fetch(request).then(function (response) {
    if (response.ok && response.headers.get("X-Offline")) {
      var copy = response.clone();
      event.waitUntil(caches.open(SAVED).then(function (saved) {
        return saved.match(request, { ignoreSearch: true });
      }).then(function (wasSaved) {
        return Promise.all([
          store(PAGES, url.pathname, copy.clone()),
          wasSaved ? store(SAVED, url.pathname, copy) : null,
        ]);
      }));
    }
    return response;
  }).catch(function () {
    return fromCache(url.pathname).then(function (hit) { return hit || offlinePage(url); })
      .then(function (hit) { return hit || Response.error(); });
  });
}

function asset(event) {
  var request = event.request;
  return caches.open(STATIC).then(function (cache) {
    return cache.match(request).then(function (hit) {
      var fresh = fetch(request).then(function (response) {
        if (response.ok) cache.put(request, response.clone());
        return response;
      });
      if (hit) { event.waitUntil(fresh.catch(function () {})); return hit; }
      return fresh;
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request, url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(event));
  } else if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(asset(event));
  } else if (url.pathname.indexOf("/media/audio/") === 0) {
    event.respondWith(caches.match(url.pathname, { cacheName: SAVED }).then(function (hit) {
      return hit || fetch(request);
    }));
  }
});
