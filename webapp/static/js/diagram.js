/* Draws the BPMN diagrams of workflows/bpmn/ with bpmn-js's NavigatedViewer (pan and zoom). */
(function () {
  "use strict";
  var viewers = {};

  function fit(name) {
    var viewer = viewers[name];
    if (viewer) viewer.get("canvas").zoom("fit-viewport", "auto");
  }

  document.querySelectorAll(".diagram-canvas[data-diagram]").forEach(function (container) {
    var name = container.dataset.name;
    var viewer = new window.BpmnJS({ container: container });
    viewers[name] = viewer;
    fetch(container.dataset.diagram, { credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        container.dataset.loaded = "1";
        if (container.offsetWidth) fit(name);
      })
      .catch(function (error) {
        container.textContent = String(error);
        container.classList.add("p-3", "text-danger");
      });
  });

  document.querySelectorAll("[data-fit]").forEach(function (button) {
    button.addEventListener("click", function () { fit(button.dataset.fit); });
  });
  document.querySelectorAll('[data-bs-toggle="tab"]').forEach(function (tab) {
    tab.addEventListener("shown.bs.tab", function () {
      var pane = document.querySelector(tab.dataset.bsTarget);
      var canvas = pane && pane.querySelector(".diagram-canvas");
      if (canvas) fit(canvas.dataset.name);
    });
  });
})();
