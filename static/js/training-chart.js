// Draws the training coverage bar chart from the JSON the page carries: one bar a unit, named
// as in the table, on a percent axis, with the zone's target as a line across. The table
// beside it stays the reference for screen readers and printing.
(function () {
  "use strict";
  var data = document.getElementById("coverage-data");
  var canvas = document.getElementById("coverage-chart");
  if (!data || !canvas || typeof Chart === "undefined") { return; }
  var rows = JSON.parse(data.textContent || "[]");
  var target = Number(canvas.dataset.target);
  var percent = function (v) { return v + " %"; };
  canvas.hidden = false;
  window.lumenCoverageChart = new Chart(canvas, {
    data: {
      labels: rows.map(function (r) { return r.unit; }),
      datasets: [
        {
          type: "bar",
          label: canvas.dataset.label,
          data: rows.map(function (r) { return r.basic_percent; }),
          backgroundColor: rows.map(function (r) { return r.basic_percent < target ? "#a35f00" : "#1f5f8b"; })
        },
        {
          type: "line",
          label: canvas.dataset.targetLabel,
          data: rows.map(function () { return target; }),
          borderColor: "#a32020",
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 0,
          fill: false
        }
      ]
    },
    options: {
      animation: false,
      scales: {
        y: {
          min: 0,
          max: 100,
          ticks: { callback: percent, stepSize: 20 },
          title: { display: true, text: canvas.dataset.axisLabel }
        }
      },
      plugins: {
        tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + percent(c.parsed.y); } } }
      }
    }
  });
})();
