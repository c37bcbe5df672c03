// tally serve: the one script. Pages work without it; it keeps boards live (web spec §5):
// on every change the event stream announces, the page's <main> is fetched again and swapped.
(function () {
  "use strict";
  var body = document.body;
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
        if (next && main) { main.innerHTML = next.innerHTML; }
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
