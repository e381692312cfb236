/* docroute UI helpers: a calendar button for dd/mm/yyyy date fields, and the assignment form's
   rule that a department takes one role only (lead, co-handling or for information). */
(function () {
  "use strict";

  function toIso(text) {
    var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((text || "").trim());
    if (!m) return "";
    return m[3] + "-" + ("0" + m[2]).slice(-2) + "-" + ("0" + m[1]).slice(-2);
  }

  function fromIso(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return m ? m[3] + "/" + m[2] + "/" + m[1] : "";
  }

  document.querySelectorAll(".date-group").forEach(function (group) {
    var text = group.querySelector("input[data-date]");
    var native = group.querySelector("input.date-native");
    var button = group.querySelector(".date-pick");
    if (!text || !native || !button) return;
    native.addEventListener("change", function () {
      text.value = fromIso(native.value);
      text.dispatchEvent(new Event("change", { bubbles: true }));
    });
    button.addEventListener("click", function () {
      native.value = toIso(text.value);
      if (typeof native.showPicker === "function") {
        try { native.showPicker(); return; } catch (e) { /* fall through */ }
      }
      native.focus();
      native.click();
    });
  });

  document.querySelectorAll("form[data-assign-form]").forEach(function (form) {
    var lead = form.querySelector("select[data-lead]");
    var lists = form.querySelectorAll(".check-list");

    function refresh() {
      var taken = {};
      if (lead && lead.value) taken[lead.value] = "lead";
      lists.forEach(function (list) {
        list.querySelectorAll("input:checked").forEach(function (box) {
          if (!taken[box.value]) taken[box.value] = list.dataset.field;
        });
      });
      lists.forEach(function (list) {
        list.querySelectorAll("input[type=checkbox]").forEach(function (box) {
          var owner = taken[box.value];
          var blocked = owner && owner !== list.dataset.field;
          if (blocked) box.checked = false;
          box.disabled = !!blocked;
          box.closest("li").classList.toggle("disabled", !!blocked);
        });
      });
    }

    form.addEventListener("change", refresh);
    refresh();
  });
})();
