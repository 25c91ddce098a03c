/*
 * Hulpwijzer console: counsellors chat with the bot and see, per message, what it understood and
 * what it did. The token stays in sessionStorage (this tab only); all text goes in via textContent.
 */
(function () {
  "use strict";

  var TOKEN_KEY = "hulpwijzer.console.token";
  var API = "/api/console";

  var sessionId = newSessionId();
  var busy = false;

  function $(id) {
    return document.getElementById(id);
  }

  function newSessionId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      })
      .join("");
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function show(node, message) {
    node.textContent = message || "";
    node.hidden = !message;
  }

  function token() {
    return window.sessionStorage.getItem(TOKEN_KEY) || "";
  }

  function call(method, path, body) {
    var options = { method: method, headers: { Authorization: "Bearer " + token() } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return window.fetch(path, options);
  }

  function detailOf(response) {
    return response
      .json()
      .then(function (data) {
        return data && typeof data.detail === "string" ? data.detail : "";
      })
      .catch(function () {
        return "";
      });
  }

  function failure(response) {
    if (response.status === 401) {
      logout("Je sleutel is niet (meer) geldig. Log opnieuw in.");
      return Promise.resolve();
    }
    if (response.status === 404) {
      logout("De console staat uit op deze server.");
      return Promise.resolve();
    }
    return detailOf(response).then(function (detail) {
      show($("cs-error"), detail || "Er ging iets mis (" + response.status + "). Probeer het opnieuw.");
    });
  }

  /* --- logging in ------------------------------------------------------------------------- */

  function login() {
    return call("GET", API + "/me").then(function (response) {
      if (response.ok) {
        return response.json().then(function (data) {
          show($("cs-login-error"), "");
          $("cs-login").hidden = true;
          $("cs-chat").hidden = false;
          $("cs-logout").hidden = false;
          show($("cs-who"), "Ingelogd als " + data.name);
          $("cs-message").focus();
        });
      }
      if (response.status === 503) {
        return detailOf(response).then(function (detail) {
          logout(detail || "De console kan Rasa nu niet bereiken.");
        });
      }
      logout(response.status === 404 ? "De console staat uit op deze server." : "Deze sleutel klopt niet.");
    });
  }

  function logout(message) {
    window.sessionStorage.removeItem(TOKEN_KEY);
    $("cs-chat").hidden = true;
    $("cs-logout").hidden = true;
    show($("cs-who"), "");
    $("cs-login").hidden = false;
    $("cs-token").value = "";
    show($("cs-login-error"), message || "");
  }

  /* --- the conversation ------------------------------------------------------------------- */

  function percent(confidence) {
    return typeof confidence === "number" ? (confidence * 100).toFixed(1) + "%" : "?";
  }

  function row(list, label, value, className) {
    list.appendChild(el("dt", null, label));
    list.appendChild(el("dd", className, value));
  }

  function renderExplain(explain) {
    var box = el("dl", "cs-explain");
    row(box, "Intentie", (explain.intent || "(geen)") + " · " + percent(explain.confidence), "cs-intent");
    row(
      box,
      "Daarna",
      explain.alternatives.length
        ? explain.alternatives
            .map(function (a) {
              return a.intent + " · " + percent(a.confidence);
            })
            .join(", ")
        : "(geen)",
      "cs-alternatives"
    );
    row(box, "Acties", explain.actions.length ? explain.actions.join(" → ") : "(geen)", "cs-actions");
    row(box, "Kanalen", explain.channels.length ? explain.channels.join(", ") : "(geen)", "cs-channels");
    if (explain.safety) row(box, "Veiligheid", explain.safety, "cs-safety");
    return box;
  }

  function renderMessage(message) {
    var item = el("div", "cs-bot");
    if (message.text) item.appendChild(el("p", "cs-bot-text", message.text));
    if (message.cards && message.cards.length) {
      var cards = el("ul", "cs-cards");
      message.cards.forEach(function (card) {
        var phone = card.phones && card.phones.length ? " – " + card.phones[0].display : "";
        cards.appendChild(el("li", null, card.name + phone + " [" + card.id + "]"));
      });
      item.appendChild(cards);
    }
    if (message.buttons && message.buttons.length) {
      var buttons = el("div", "cs-buttons");
      message.buttons.forEach(function (button) {
        var node = el("button", "cs-button cs-button--quiet", button.title);
        node.type = "button";
        node.addEventListener("click", function () {
          send(button.payload, button.title);
        });
        buttons.appendChild(node);
      });
      item.appendChild(buttons);
    }
    return item;
  }

  function send(message, shown) {
    if (busy || !message) return;
    busy = true;
    show($("cs-error"), "");
    var turn = el("li", "cs-turn");
    turn.appendChild(el("p", "cs-user", "Jij: " + (shown ? shown + " (" + message + ")" : message)));
    $("cs-log").appendChild(turn);
    call("POST", API + "/chat", { session_id: sessionId, message: message })
      .then(function (response) {
        if (!response.ok) {
          turn.appendChild(el("p", "cs-muted", "Geen antwoord."));
          return failure(response);
        }
        return response.json().then(function (data) {
          turn.appendChild(renderExplain(data.explain));
          data.messages.forEach(function (m) {
            turn.appendChild(renderMessage(m));
          });
        });
      })
      .catch(function () {
        show($("cs-error"), "De server is niet bereikbaar. Probeer het opnieuw.");
      })
      .then(function () {
        busy = false;
        turn.scrollIntoView({ block: "end" });
      });
  }

  function filenameOf(response) {
    var match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
    return match ? match[1] : "test_console.yml";
  }

  function save() {
    show($("cs-error"), "");
    call("GET", API + "/story?session_id=" + encodeURIComponent(sessionId)).then(function (response) {
      if (!response.ok) return failure(response);
      return response.blob().then(function (blob) {
        var link = el("a");
        link.href = URL.createObjectURL(blob);
        link.download = filenameOf(response);
        document.body.appendChild(link);
        link.click();
        link.remove();
        window.setTimeout(function () {
          URL.revokeObjectURL(link.href);
        }, 10000);
      });
    });
  }

  function startOver() {
    sessionId = newSessionId();
    $("cs-log").replaceChildren();
    show($("cs-error"), "");
    $("cs-message").focus();
  }

  /* --- wiring ----------------------------------------------------------------------------- */

  function init() {
    $("cs-login-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var value = $("cs-token").value.trim();
      if (!value) return;
      window.sessionStorage.setItem(TOKEN_KEY, value);
      login();
    });
    $("cs-send-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var input = $("cs-message");
      var text = input.value.trim();
      input.value = "";
      send(text);
    });
    $("cs-logout").addEventListener("click", function () {
      logout("");
    });
    $("cs-new").addEventListener("click", startOver);
    $("cs-save").addEventListener("click", save);
    if (token()) login();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
