// The entity page's timeline: articles, quotes and events per month (the data of /api/timeline),
// drawn with Chart.js from the JSON the page carries. The table under it has the same numbers.
(function () {
  "use strict";
  var canvas = document.getElementById("tijdlijn");
  var source = document.getElementById("tijdlijn-data");
  if (!canvas || !source || typeof Chart === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var series = [
    ["Artikelen", data.mentions, "#0b4f8a"],
    ["Citaten", data.quotes, "#e0b400"],
    ["Gebeurtenissen", data.events, "#c2410c"]
  ];
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.periods,
      datasets: series.map(function (s) { return { label: s[0], data: s[1], backgroundColor: s[2] }; })
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } }
    }
  });
})();
