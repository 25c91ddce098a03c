/*
 * Hulpwijzer admin page, the start page's overview: proposals that wait for a second maintainer
 * (four eyes for 112, 113, CSG and Veilig Thuis), how old each channel's checked facts are, and
 * the link check. admin.js draws the login, the channel list and the form; this file only adds
 * the overview next to them, through the same /api/admin with the same token.
 *
 * Safety rules as in admin.js: data is set with textContent only, the token stays in
 * sessionStorage, requests go to this page's own origin.
 */
(function () {
  "use strict";

  var TOKEN_KEY = "hulpwijzer.admin.token";
  var LINK_FIELDS = { website: "website", chat_url: "chat", report_form: "meldformulier", source: "bron" };

  var $ = function (id) {
    return document.getElementById(id);
  };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function api(method, path) {
    var token = window.sessionStorage.getItem(TOKEN_KEY);
    return fetch(path, { method: method, headers: { Authorization: "Bearer " + token } }).then(function (response) {
      return response
        .json()
        .catch(function () {
          return {};
        })
        .then(function (data) {
          return { status: response.status, data: data };
        });
    });
  }

  function describe(value) {
    if (value === null || value === undefined) {
      return "(leeg)";
    }
    return typeof value === "string" ? value : JSON.stringify(value);
  }

  function when(iso) {
    return new Date(iso).toLocaleString("nl-NL");
  }

  function channelName(id) {
    var button = document.querySelector('#channel-list [data-channel="' + id + '"]');
    return button ? button.textContent : id;
  }

  // --- proposals (four eyes) --------------------------------------------------------------

  function loadProposals() {
    return api("GET", "/api/admin/proposals?status=open").then(function (result) {
      var list = $("proposal-list");
      list.replaceChildren();
      if (result.status !== 200) {
        return;
      }
      var proposals = result.data.proposals;
      $("proposals-empty").hidden = proposals.length > 0;
      proposals.forEach(function (proposal) {
        var item = el("li", { "data-proposal": String(proposal.number) });
        item.appendChild(
          el(
            "p",
            { class: "adm-proposal-title" },
            "Voorstel " + proposal.number + ": " + channelName(proposal.channel_id) + ", door " +
              proposal.proposed_by + " op " + when(proposal.proposed_at)
          )
        );
        var changes = el("ul");
        proposal.changes
          .filter(function (change) {
            return change.channel === proposal.channel_id && change.field;
          })
          .forEach(function (change) {
            changes.appendChild(el("li", {}, change.field + ": " + describe(change.old) + " → " + describe(change.new)));
          });
        item.appendChild(changes);
        var message = el("p", { class: "adm-error", role: "alert" });
        var approve = el("button", { type: "button", class: "adm-primary" }, "Goedkeuren");
        approve.addEventListener("click", function () {
          decide(proposal, "approve", message);
        });
        var reject = el("button", { type: "button" }, "Afwijzen");
        reject.addEventListener("click", function () {
          decide(proposal, "reject", message);
        });
        item.appendChild(approve);
        item.appendChild(reject);
        item.appendChild(message);
        list.appendChild(item);
      });
    });
  }

  function decide(proposal, action, message) {
    return api("POST", "/api/admin/proposals/" + proposal.number + "/" + action).then(function (result) {
      if (result.status !== 200) {
        message.textContent = result.data.detail || "Dat lukte niet.";
        return;
      }
      $("status").textContent =
        action === "approve"
          ? "Voorstel " + proposal.number + " staat live als versie " + result.data.version + " (" +
            result.data.author + ", goedgekeurd door " + result.data.approved_by + "). De bot gebruikt het meteen."
          : "Voorstel " + proposal.number + " is afgewezen. Er is niets veranderd.";
      loadProposals();
      loadFreshness();
    });
  }

  // --- freshness --------------------------------------------------------------------------

  function loadFreshness() {
    return api("GET", "/api/admin/freshness").then(function (result) {
      var body = $("freshness-rows");
      body.replaceChildren();
      if (result.status !== 200) {
        return;
      }
      var due = 0;
      result.data.channels.forEach(function (row) {
        var tr = el("tr", { "data-freshness": row.channel_id });
        if (row.stale) {
          tr.setAttribute("class", "adm-stale");
          due += 1;
        }
        tr.appendChild(el("th", { scope: "row" }, row.name));
        tr.appendChild(el("td", {}, row.verified_on));
        tr.appendChild(el("td", {}, row.age_days + " dagen"));
        tr.appendChild(el("td", {}, row.limit_days + " dagen" + (row.crisis ? " (crisisnummer)" : "")));
        tr.appendChild(el("td", {}, row.stale ? "Controleer opnieuw" : "In orde"));
        body.appendChild(tr);
      });
      $("freshness-summary").textContent =
        due === 0
          ? "Alle kanalen zijn op tijd gecontroleerd."
          : due + (due === 1 ? " kanaal moet" : " kanalen moeten") + " opnieuw gecontroleerd worden. Kijk bij de bron en pas de datum aan.";
    });
  }

  // --- link check -------------------------------------------------------------------------

  function outcome(result) {
    if (result.verdict === "broken") {
      return "Werkt niet: " + (result.error ? "geen antwoord (" + result.error + ")" : "HTTP " + result.status);
    }
    if (result.verdict === "phone_missing") {
      return "Nummer staat er niet op: de pagina noemt " + result.missing_phones.join(", ") + " niet (meer)";
    }
    if (result.verdict === "redirected") {
      return "Doorgestuurd naar " + result.final_url;
    }
    return "In orde (HTTP " + result.status + ")";
  }

  function checkLinks() {
    var button = $("linkcheck-start");
    var summary = $("linkcheck-summary");
    var body = $("linkcheck-rows");
    button.disabled = true;
    summary.textContent = "Bezig met controleren. Dit kan een halve minuut duren.";
    body.replaceChildren();
    return api("POST", "/api/admin/linkcheck").then(function (result) {
      button.disabled = false;
      if (result.status !== 200) {
        summary.textContent = result.data.detail || "De controle lukte niet.";
        return;
      }
      var counts = result.data.counts;
      summary.textContent =
        result.data.results.length + " links gecontroleerd in " + Math.round(result.data.seconds) + " s: " +
        counts.ok + " in orde, " + counts.redirected + " doorgestuurd, " + counts.phone_missing +
        " zonder het nummer, " + counts.broken + " werken niet.";
      var order = { broken: 0, phone_missing: 1, redirected: 2, ok: 3 };
      result.data.results
        .slice()
        .sort(function (a, b) {
          return order[a.verdict] - order[b.verdict];
        })
        .forEach(function (row) {
          var tr = el("tr", { "data-link": row.channel_id + "." + row.field, class: "adm-link-" + row.verdict });
          tr.appendChild(el("th", { scope: "row" }, channelName(row.channel_id)));
          tr.appendChild(el("td", {}, LINK_FIELDS[row.field] || row.field));
          tr.appendChild(el("td", { class: "adm-url" }, row.url));
          tr.appendChild(el("td", {}, outcome(row)));
          body.appendChild(tr);
        });
    });
  }

  // --- start ------------------------------------------------------------------------------

  function load() {
    loadProposals();
    loadFreshness();
  }

  $("linkcheck-start").addEventListener("click", checkLinks);
  $("overview-refresh").addEventListener("click", load);
  // admin.js says when a save became a proposal.
  document.addEventListener("hulpwijzer:proposal", loadProposals);
  // The overview loads when admin.js shows the workspace (after login), and again on each login.
  new MutationObserver(function () {
    if (!$("workspace").hidden) {
      load();
    }
  }).observe($("workspace"), { attributes: true, attributeFilter: ["hidden"] });
  if (!$("workspace").hidden) {
    load();
  }
})();
