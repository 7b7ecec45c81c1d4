// "Start the … translation" opens the editor with ?translate=<code>: show
// that language's fields (wagtail-modeltranslation's locale picker) and
// bring its first field into view, so the translator starts where they work.
(function () {
  "use strict";
  var language = new URLSearchParams(window.location.search).get("translate");
  if (!language || !/^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(language)) return;
  window.addEventListener("load", function () {
    var toggles = document.querySelectorAll("button.locale-toggle");
    toggles.forEach(function (toggle) {
      if (toggle.textContent.trim() === language && !toggle.classList.contains("showing-locale")) {
        toggle.click();
      }
    });
    var field = document.querySelector('[name="title_' + language + '"], [name$="_' + language + '"]');
    if (field) {
      field.scrollIntoView({ block: "center" });
      field.focus({ preventScroll: true });
    }
  });
})();
