// Copy buttons for citations: progressive enhancement. Without JavaScript
// (or without the Clipboard API) the buttons stay hidden and the citation
// text can still be selected by hand.
(function () {
  if (!navigator.clipboard || !window.isSecureContext) return;
  document.querySelectorAll("button.copy-button[data-copy]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        var panel = button.closest("section") || document;
        var status = panel.querySelector(".copy-status");
        if (status) {
          status.textContent = "";
          status.textContent = status.getAttribute("data-copied");
        }
        button.setAttribute("data-copied-state", "true");
      });
    });
  });
})();
