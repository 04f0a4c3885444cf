/* The escape link of the public pages, enhanced. Without this script the link simply leads to a
   neutral site. With it, leaving replaces the current history entry, so the Back button does
   not return here; pressing Escape three times within two seconds leaves the same way. */
(function () {
  "use strict";
  var link = document.getElementById("escape");
  if (!link) {
    return;
  }
  var WINDOW_MS = 2000;
  var presses = [];

  function leave() {
    document.documentElement.hidden = true;
    window.location.replace(link.href);
  }

  link.addEventListener("click", function (event) {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    leave();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (t) {
      return now - t < WINDOW_MS;
    });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      leave();
    }
  });
})();
