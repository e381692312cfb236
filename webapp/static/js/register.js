/* Registration form: read the letter as soon as it is chosen and fill the fields in place.
   Without JavaScript the same form posts and the page comes back filled (two steps). */
(function () {
  "use strict";
  var form = document.getElementById("letter-form");
  var main = document.getElementById("register-form");
  if (!form || !main || !window.fetch || !window.FormData) return;
  var input = form.querySelector("input[type=file]");
  var button = form.querySelector("button[type=submit]");
  var status = document.getElementById("letter-status");
  var errors = document.getElementById("letter-errors");
  var preview = document.getElementById("letter-preview");
  var attached = document.getElementById("letter-attached");
  var limit = parseInt(form.dataset.limit, 10) || 0;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }

  function toDmy(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return m ? m[3] + "/" + m[2] + "/" + m[1] : "";
  }

  function showError(message) {
    input.classList.add("is-invalid");
    errors.replaceChildren(el("div", "invalid-feedback d-block", message));
  }

  function busy(on) {
    button.disabled = on;
    input.disabled = on;
    if (on) {
      var box = el("div", "alert alert-info d-flex gap-2 align-items-center mb-2");
      box.appendChild(el("span", "spinner-border spinner-border-sm"));
      box.appendChild(el("span", "", form.dataset.reading));
      box.setAttribute("data-testid", "letter-reading");
      status.replaceChildren(box);
    }
  }

  function fill(fields) {
    Object.keys(fields).forEach(function (key) {
      var field = main.querySelector("[name='" + key + "']");
      if (!field || field.type === "hidden" || field.type === "file") return;
      var value = fields[key];
      if (field.hasAttribute("data-date")) value = toDmy(value);
      if (field.tagName === "SELECT" &&
          !Array.prototype.some.call(field.options, function (o) { return o.value === value; })) return;
      field.value = value;
      field.classList.add("prefilled");
      field.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  function shown(body) {
    main.querySelector("input[name=upload]").value = body.token;
    fill(body.fields || {});
    var box = el("div", "alert alert-success mb-2");
    box.setAttribute("data-testid", "letter-read");
    box.appendChild(el("strong", "", body.name));
    box.appendChild(el("span", "text-body-secondary", " (" + Math.max(1, Math.round(body.size / 1024)) + " KB)"));
    box.appendChild(el("br"));
    var said = (Object.keys(body.fields || {}).length ? form.dataset.filled + " " : "") +
      (body.attachable ? form.dataset.attached : form.dataset.notAttached);
    box.appendChild(el("span", "", said));
    status.replaceChildren(box);
    if (body.notice) {
      var notice = el("div", "alert alert-warning mb-2", body.notice);
      notice.setAttribute("data-testid", "letter-notice");
      status.appendChild(notice);
    }
    if (attached) {
      attached.hidden = !body.attachable;
      attached.querySelector(".name").textContent = body.name;
    }
    preview.replaceChildren();
    if (body.preview_url) {
      var frame = el("iframe", "pdf-frame mt-3");
      frame.src = body.preview_url;
      frame.title = body.name;
      frame.setAttribute("data-testid", "letter-preview");
      preview.appendChild(frame);
    }
  }

  function read() {
    input.classList.remove("is-invalid");
    errors.replaceChildren();
    var file = input.files[0];
    if (!file) return;
    if (limit && file.size > limit) {
      showError(form.dataset.tooLarge);
      return;
    }
    var data = new FormData(form);
    busy(true);
    fetch(form.action, { method: "POST", body: data, credentials: "same-origin",
                         headers: { "Accept": "application/json" } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (answer) {
        busy(false);
        if (!answer.ok) {
          status.replaceChildren();
          var messages = (answer.body.errors && answer.body.errors.letter) || [form.dataset.failed];
          showError(messages.join(" "));
          return;
        }
        shown(answer.body);
      })
      .catch(function () {
        busy(false);
        status.replaceChildren();
        showError(form.dataset.failed);
      });
  }

  input.addEventListener("change", read);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    read();
  });
})();
