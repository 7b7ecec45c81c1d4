/* Offline reading (offline/): registers the service worker (/sw.js), keeps
   the offline page, the rights index and the styles, shows "Save for
   offline" where the browser can, says when a page read offline was saved,
   lists the saved guides on the offline page, and tells searches made
   offline that they need a connection. Strings come translated from the
   server (data- attributes of this script). Nothing is tracked. */
(function () {
  var me = document.currentScript, d = me.dataset;
  var PAGES = "mf-pages", SAVED = "mf-saved", STATIC = "mf-static";
  var lang = document.documentElement.lang;

  document.querySelectorAll("form[role=search]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (navigator.onLine) return;
      event.preventDefault();
      var note = form.parentNode.querySelector(".search-offline") || document.createElement("p");
      note.className = "search-offline notice";
      note.setAttribute("role", "alert");
      note.textContent = d.searchOffline;
      form.after(note);
    });
  });

  if (!("serviceWorker" in navigator) || !window.caches) return;
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});

  function stamped(response) {
    var headers = new Headers(response.headers);
    headers.set("X-Saved-At", new Date().toISOString());
    return response.blob().then(function (body) {
      return new Response(body, { status: response.status, headers: headers });
    });
  }
  function keep(name, url, stamp) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return stamp ? stamped(response) : response;
    }).then(function (response) {
      return caches.open(name).then(function (cache) { return cache.put(url, response); });
    });
  }
  function keepIfMissing(name, url, stamp) {
    return caches.match(url, { cacheName: name }).then(function (hit) { return hit || keep(name, url, stamp); });
  }
  function formatDate(iso) {
    var date = new Date(iso), months = d.months.split("|");
    return d.datePattern.replace("{d}", date.getDate()).replace("{m}", months[date.getMonth()])
      .replace("{y}", date.getFullYear());
  }
  function savedAt(url) {
    return caches.match(url, { cacheName: SAVED }).then(function (hit) {
      return hit || caches.match(url, { cacheName: PAGES });
    }).then(function (hit) { return hit && hit.headers.get("X-Saved-At"); });
  }

  // What a reader needs offline, kept on the first visit.
  var styles = Array.prototype.map.call(document.querySelectorAll("link[rel=stylesheet]"), function (l) { return l.href; });
  Promise.all([keepIfMissing(PAGES, d.offlineUrl, true), d.rightsUrl && keepIfMissing(PAGES, d.rightsUrl, true)]
    .concat(styles.map(function (href) { return keepIfMissing(STATIC, href, false); }))).catch(function () {});

  // "Saved on …": a page read from the cache says how old its contacts are.
  var note = document.getElementById("saved-note");
  if (note && !navigator.onLine) {
    savedAt(location.pathname).then(function (when) {
      if (!when) return;
      note.textContent = d.savedOn.replace("{date}", formatDate(when));
      note.hidden = false;
      // "online" also fires on a flaky signal (and while still offline): reload
      // only when the page's own address answers, or a tap on a link is lost.
      window.addEventListener("online", function () {
        fetch(location.pathname, { method: "HEAD", cache: "no-store" }).then(function (response) {
          if (response.ok) location.reload();
        }).catch(function () {});
      });
    });
  }

  // "Save for offline": the page and its audio.
  document.querySelectorAll(".save-offline").forEach(function (box) {
    var button = box.querySelector("button"), status = box.querySelector("[role=status]");
    box.hidden = false;
    caches.match(location.pathname, { cacheName: SAVED }).then(function (hit) {
      if (hit) status.textContent = d.savedOn.replace("{date}", formatDate(hit.headers.get("X-Saved-At")));
    });
    button.addEventListener("click", function () {
      var audio = Array.prototype.map.call(document.querySelectorAll("audio[src]"), function (a) {
        return new URL(a.getAttribute("src"), location.href).pathname;
      });
      button.disabled = true;
      Promise.all([keep(SAVED, location.pathname, true)].concat(audio.map(function (src) { return keep(SAVED, src, false); })))
        .then(function () { status.textContent = d.saved; })
        .catch(function () { status.textContent = d.saveFailed; })
        .then(function () { button.disabled = false; });
    });
  });

  // The offline page: guides and cards of this language, saved or opened.
  function entries(name) {
    return caches.open(name).then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(requests.map(function (request) {
          return cache.match(request).then(function (response) { return { url: request.url, response: response }; });
        }));
      });
    });
  }
  var list = document.getElementById("saved-list");
  if (list) {
    Promise.all([entries(SAVED), entries(PAGES)]).then(function (found) {
      var seen = {};
      return Promise.all(found[0].concat(found[1]).map(function (entry) {
        var response = entry.response, path = new URL(entry.url).pathname, kind = response.headers.get("X-Offline");
        if (seen[path] || !kind || kind === "index" || path.indexOf("/" + lang + "/") !== 0) return null;
        seen[path] = true;
        return response.text().then(function (html) {
          var h1 = new DOMParser().parseFromString(html, "text/html").querySelector("h1");
          return { path: path, title: h1 ? h1.textContent.trim() : path, when: response.headers.get("X-Saved-At") };
        });
      }));
    }).then(function (items) {
      items = items.filter(Boolean).sort(function (a, b) { return a.title.localeCompare(b.title); });
      items.forEach(function (item) {
        var li = document.createElement("li"), a = document.createElement("a"), small = document.createElement("small");
        a.href = item.path;
        a.textContent = item.title;
        small.textContent = d.savedOn.replace("{date}", formatDate(item.when));
        li.append(a, small);
        list.append(li);
      });
      document.getElementById("saved-none").hidden = items.length > 0;
    });
  }
})();
