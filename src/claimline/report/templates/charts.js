(function () {
  "use strict";
  if (typeof Plotly === "undefined") { return; }
  function jumpTo(id) {
    var card = document.getElementById(id);
    if (!card) { return; }
    card.scrollIntoView({behavior: "smooth", block: "start"});
    card.classList.add("flash");
    setTimeout(function () { card.classList.remove("flash"); }, 1600);
  }
  var shared = document.getElementById("chart-template");
  var template = shared ? JSON.parse(shared.textContent) : null;
  var specs = document.querySelectorAll('script[type="application/json"][data-chart]');
  for (var i = 0; i < specs.length; i++) {
    var target = document.getElementById(specs[i].getAttribute("data-chart"));
    if (!target) { continue; }
    var spec = JSON.parse(specs[i].textContent);
    if (template && !spec.layout.template) { spec.layout.template = template; }
    Plotly.newPlot(target, spec.data, spec.layout, {
      responsive: true,
      displaylogo: false,
      showSendToCloud: false,  // a report must never offer to upload its evidence
      modeBarButtonsToRemove: ["sendChartToCloud", "select2d", "lasso2d"]
    });
    target.on("plotly_click", function (ev) {
      var point = ev && ev.points && ev.points[0];
      if (point && typeof point.customdata === "string") { jumpTo(point.customdata); }
    });
  }
})();
