/* The receipt page's copy button: shown only when scripts run (the page works without it). It
   copies the receipt number, not the page, and says so for a moment. */
(function () {
  "use strict";
  var button = document.getElementById("receipt-copy");
  var receipt = document.getElementById("receipt");
  if (!button || !receipt || !navigator.clipboard) {
    return;
  }
  var label = button.textContent;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(receipt.textContent.trim()).then(function () {
      button.textContent = button.getAttribute("data-copied");
      window.setTimeout(function () { button.textContent = label; }, 3000);
    });
  });
})();
