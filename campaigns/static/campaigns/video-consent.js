/* Click-to-play videos. Without this script each video is a plain link to
   the video site. With it, a "play here" button appears; the third-party
   player is only created after the reader presses it. */
(function () {
  "use strict";
  document.querySelectorAll("[data-video-consent]").forEach(function (box) {
    var button = box.querySelector("[data-video-play]");
    var url = box.getAttribute("data-embed-url");
    if (!button || !url) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = box.querySelector(".video__frame");
      var iframe = document.createElement("iframe");
      iframe.src = url;
      iframe.title = box.getAttribute("data-title") || "";
      iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      iframe.allowFullscreen = true;
      iframe.referrerPolicy = "strict-origin-when-cross-origin";
      frame.replaceChildren(iframe);
      iframe.focus();
    });
  });
})();
