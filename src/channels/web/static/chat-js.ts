// The small script of the chat page, served as /static/chat.js. Without it every answer is a plain
// form post; with it answers go without a full reload, only new messages are announced (once), and
// focus moves to the next input.
export const chatJs = `"use strict";
(function () {
  var busy = false;
  // Set when the network failed: the form is then posted the ordinary way, with the same turnId.
  var native = false;

  function showPrintButtons() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  function announce(text) {
    var region = document.getElementById("announcer");
    if (!region || !text) return;
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 60);
  }

  function swap(doc, id) {
    var current = document.getElementById(id);
    var next = doc.getElementById(id);
    if (current && next) current.replaceWith(document.importNode(next, true));
    else if (current && !next) current.remove();
  }

  function update(doc) {
    var log = document.getElementById("log");
    var nextLog = doc.getElementById("log");
    // A whole page instead of the chat (declined at the start, a refused post): show it as it is.
    if (!log || !nextLog) {
      if (!doc.querySelector("main")) { window.location.assign("/chat"); return; }
      document.title = doc.title;
      document.body.replaceWith(document.importNode(doc.body, true));
      var heading = document.querySelector("main h1");
      if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
      return;
    }
    var fresh = Array.prototype.slice.call(nextLog.children, log.children.length);
    fresh.forEach(function (item) { log.appendChild(document.importNode(item, true)); });
    swap(doc, "phase");
    swap(doc, "answer");
    if (!doc.querySelector(".resume")) { var aside = document.querySelector(".resume"); if (aside) aside.remove(); }
    var spoken = fresh
      .filter(function (item) { return item.classList.contains("coach"); })
      .map(function (item) { return item.textContent.trim(); })
      .join(" ");
    var error = document.querySelector("#answer .error");
    announce(error ? error.textContent : spoken);
    // When coaching stops for safety, the help comes first: focus goes to its heading.
    var target = document.getElementById("help-title") ||
      document.querySelector("#answer [autofocus]") ||
      document.querySelector("#answer textarea, #answer input:not([type=hidden]), #answer button, #answer a");
    if (target) target.focus();
    if (fresh.length) fresh[fresh.length - 1].scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (native || !(form instanceof HTMLFormElement) || form.id !== "answer-form") return;
    event.preventDefault();
    // One answer at a time; a repeated post would carry the same turnId and change nothing anyway.
    if (busy) return;
    busy = true;
    var submitter = event.submitter;
    var body = new URLSearchParams(new FormData(form, submitter));
    form.setAttribute("aria-busy", "true");
    fetch(form.action, { method: "POST", body: body, credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      // 503: the answer was not stored. Posted the ordinary way, the browser shows the page that says
      // so, and going back keeps what was typed (swapping in the chat page would lose it).
      .then(function (response) { if (response.status === 503) throw new Error("unavailable"); return response.text(); })
      .then(function (html) { update(new DOMParser().parseFromString(html, "text/html")); })
      .catch(function () { native = true; form.requestSubmit(submitter); })
      .finally(function () { busy = false; });
  });

  // Browsers skip autofocus in some cases (a second navigation in the same tab); the answer field
  // is where a person continues, so put focus there when nothing else has it.
  function focusAnswer() {
    if (document.activeElement && document.activeElement !== document.body) return;
    var target = document.getElementById("help-title") || document.querySelector("#answer [autofocus]");
    if (target) target.focus();
  }

  showPrintButtons();
  focusAnswer();
})();
`;
