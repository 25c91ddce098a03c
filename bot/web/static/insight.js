/*
 * Hulpwijzer insight: counsellors see anonymous counts. The token stays in sessionStorage (this
 * tab only). The report is HTML the server renders from counts alone (inline SVG and tables,
 * every value escaped there); this script only asks for it with the token and puts it in place.
 */
(function () {
  "use strict";

  var TOKEN_KEY = "hulpwijzer.insight.token";

  function $(id) {
    return document.getElementById(id);
  }

  function show(node, message) {
    node.textContent = message || "";
    node.hidden = !message;
  }

  function token() {
    return window.sessionStorage.getItem(TOKEN_KEY) || "";
  }

  function loggedIn(yes) {
    $("in-login").hidden = yes;
    $("in-content").hidden = !yes;
    $("in-logout").hidden = !yes;
  }

  function logout(message) {
    window.sessionStorage.removeItem(TOKEN_KEY);
    $("in-report").textContent = "";
    loggedIn(false);
    show($("in-login-error"), message);
  }

  function load() {
    var query = "?days=" + encodeURIComponent($("in-days").value) +
      "&weeks=" + encodeURIComponent($("in-weeks").value);
    show($("in-error"), "");
    return window
      .fetch("/api/insight/report" + query, { headers: { Authorization: "Bearer " + token() } })
      .then(function (response) {
        if (response.status === 401) {
          logout("Deze sleutel klopt niet.");
          return;
        }
        if (response.status === 404) {
          logout("Inzicht staat uit op deze server.");
          return;
        }
        if (!response.ok) {
          show($("in-error"), "Er ging iets mis (" + response.status + "). Probeer het opnieuw.");
          return;
        }
        return response.text().then(function (html) {
          loggedIn(true);
          $("in-report").innerHTML = html;
        });
      })
      .catch(function () {
        show($("in-error"), "De server antwoordt niet. Probeer het zo opnieuw.");
      });
  }

  function init() {
    $("in-login-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var value = $("in-token").value.trim();
      if (!value) return;
      window.sessionStorage.setItem(TOKEN_KEY, value);
      $("in-token").value = "";
      show($("in-login-error"), "");
      load();
    });
    $("in-logout").addEventListener("click", function () {
      logout("");
    });
    $("in-refresh").addEventListener("click", load);
    $("in-days").addEventListener("change", load);
    $("in-weeks").addEventListener("change", load);
    if (token()) load();
  }

  init();
})();
