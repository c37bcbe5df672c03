// tally serve: the one script. Pages work without it. It keeps boards live (web spec §5): on
// every change the event stream announces, the page's <main> is fetched again and swapped. It
// pages the projector's long tables, and shows a table result's score before it is saved.
(function () {
  "use strict";
  var body = document.body;

  // The projector board: rows marked data-page are shown one page at a time, in turn; the
  // top of the field (unmarked rows) stays. The page survives the live refresh.
  var page = 1;
  function showPage() {
    var tables = document.querySelectorAll("table[data-page-seconds]");
    for (var t = 0; t < tables.length; t++) {
      var rows = tables[t].querySelectorAll("tr[data-page]");
      var pages = 0;
      for (var r = 0; r < rows.length; r++) { pages = Math.max(pages, Number(rows[r].getAttribute("data-page"))); }
      if (!pages) { continue; }
      var shown = ((page - 1) % pages) + 1;
      for (var i = 0; i < rows.length; i++) { rows[i].hidden = Number(rows[i].getAttribute("data-page")) !== shown; }
      var pager = tables[t].querySelector("caption.pager");
      if (pager) { pager.textContent = shown + " / " + pages; }
    }
  }
  function nextPage() { page += 1; showPage(); }
  window.tallyNextPage = nextPage;
  var paged = document.querySelector("table[data-page-seconds]");
  if (paged) {
    showPage();
    window.setInterval(nextPage, 1000 * Number(paged.getAttribute("data-page-seconds")));
  }

  // The table page: as soon as a form's contract, declarer and tricks are chosen, its score
  // (North-South's) from the server's calculator, so that the rules live in one place.
  function preview(form) {
    var output = form.querySelector("output.preview");
    if (!output) { return; }
    function value(name) { var field = form.elements[name]; return field ? field.value : ""; }
    if (value("level") === "pass") { output.textContent = "NS 0"; return; }
    if (!value("level") || !value("strain") || !value("declarer") || !value("tricks")) { output.textContent = ""; return; }
    var query = "contract=" + encodeURIComponent(value("level") + value("strain") + value("doubled"))
      + "&declarer=" + encodeURIComponent(value("declarer")) + "&tricks=" + encodeURIComponent(value("tricks"))
      + "&board=" + encodeURIComponent(value("board"));
    fetch("/api/v1/score?" + query, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (answer) { output.textContent = answer.error ? answer.error : "NS " + answer.ns; });
  }
  document.addEventListener("change", function (event) {
    var form = event.target.form;
    if (form && form.classList.contains("result-entry")) { preview(form); }
  });

  var competition = body.getAttribute("data-live");
  if (!competition || !window.EventSource) { return; }
  var pending = null;
  var status = document.getElementById("live-status");
  function refresh() {
    pending = null;
    fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html").querySelector("main");
        var main = document.querySelector("main");
        if (next && main) { main.innerHTML = next.innerHTML; showPage(); }
        body.setAttribute("data-refreshed", String(Date.now()));
      });
  }
  var stream = new EventSource("/api/v1/competitions/" + encodeURIComponent(competition) + "/events");
  stream.addEventListener("change", function () {
    if (!pending) { pending = window.setTimeout(refresh, 250); }
  });
  stream.onopen = function () { if (status) { status.textContent = "●"; } };
  stream.onerror = function () { if (status) { status.textContent = "○"; } };
})();
