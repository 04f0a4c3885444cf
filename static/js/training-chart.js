// Draws the training coverage bar chart from the JSON the page carries. The table beside it
// stays the reference for screen readers and printing.
(function () {
  "use strict";
  var data = document.getElementById("coverage-data");
  var canvas = document.getElementById("coverage-chart");
  if (!data || !canvas || typeof Chart === "undefined") { return; }
  var rows = JSON.parse(data.textContent || "[]");
  canvas.hidden = false;
  window.lumenCoverageChart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: rows.map(function (r) { return r.unit; }),
      datasets: [{ label: canvas.dataset.label, data: rows.map(function (r) { return r.basic_percent; }), backgroundColor: "#1f5f8b" }]
    },
    options: { animation: false, scales: { y: { min: 0, max: 100 } } }
  });
})();
