/*
 * Hulpwijzer chat widget. One tag mounts it on any page:
 *   <script src="https://HOST/static/widget.js" defer></script>
 * Optional: data-quick-exit-url="https://..." (where "Snel weg" goes).
 * With an element id="hulpwijzer" on the page the chat fills that element; otherwise a button
 * at the bottom right opens it.
 *
 * Safety rules of this file:
 * - Text from the bot or the user is only ever set with textContent, never as HTML.
 * - Links are only https:// and tel: links from the contact cards, checked before use.
 * - The session id lives in sessionStorage only; no cookies, no localStorage, and no request
 *   goes anywhere but the widget's own origin.
 */
(function () {
  "use strict";

  var script =
    document.currentScript || document.querySelector('script[src*="/static/widget.js"]');
  if (!script || window.__hulpwijzer) {
    return;
  }
  window.__hulpwijzer = true;

  var ORIGIN = new URL(script.src, window.location.href).origin;
  var SESSION_KEY = "hulpwijzer.session";
  var REQUEST_TIMEOUT_MS = 15000;
  var MAX_LENGTH = 1000;
  // Same as quick_exit_url in bot/settings.py; a test keeps them equal.
  var DEFAULT_QUICK_EXIT_URL = "https://www.weeronline.nl";

  // Shown when the service cannot be reached, so it cannot come from the registry. A test
  // checks every entry against channels/channels.yml.
  // BEGIN EMERGENCY
  var EMERGENCY = [
    {
      "id": "alarmnummer",
      "name": "112 (alarmnummer)",
      "description": "Bel 112 als er nu gevaar is.",
      "phones": [
        {"display": "112", "tel": "tel:112", "label": null, "call_cost": "free", "call_cost_text": "gratis bellen", "hours_text": "dag en nacht"}
      ],
      "availability": "always",
      "availability_text": "Dag en nacht"
    },
    {
      "id": "csg",
      "name": "Centrum Seksueel Geweld",
      "description": "Voor iedereen met een nare seksuele ervaring. Gratis en anoniem.",
      "phones": [
        {"display": "0800-0188", "tel": "tel:+318000188", "label": null, "call_cost": "free", "call_cost_text": "gratis bellen", "hours_text": "dag en nacht"}
      ],
      "availability": "always",
      "availability_text": "Bellen: dag en nacht"
    },
    {
      "id": "zelfmoordpreventie",
      "name": "113 Zelfmoordpreventie",
      "description": "Denk je aan zelfmoord? Praat erover met 113. Gratis en anoniem.",
      "phones": [
        {"display": "113", "tel": "tel:113", "label": null, "call_cost": "free", "call_cost_text": "gratis bellen", "hours_text": "dag en nacht"},
        {"display": "0800-0113", "tel": "tel:+318000113", "label": null, "call_cost": "free", "call_cost_text": "gratis bellen", "hours_text": "dag en nacht"}
      ],
      "availability": "always",
      "availability_text": "Dag en nacht"
    }
  ];
  // END EMERGENCY

  var TEXT = {
    title: "Hulpwijzer",
    exit: "Snel weg",
    exitNote:
      "Snel weg? Klik op de knop of druk op Esc. Let op: je browsergeschiedenis blijft wel bewaard.",
    log: "Gesprek",
    you: "Jij: ",
    bot: "Hulpwijzer: ",
    inputLabel: "Typ je bericht",
    placeholder: "Typ hier je vraag",
    send: "Stuur",
    choices: "Kies een antwoord",
    choicesHint: "Je kunt ook een knop kiezen. De knoppen staan onder het tekstvak.",
    typing: "Hulpwijzer typt",
    open: "Chat anoniem",
    close: "Sluiten",
    newTab: " (opent een nieuw tabblad)",
    noAnswer: "Sorry, ik heb hier even geen antwoord op. Probeer het nog eens.",
    unreachable:
      "Sorry, de chat werkt nu even niet. Probeer het later nog eens. " +
      "Heb je nu hulp nodig? Deze hulp is er altijd, dag en nacht:"
  };

  // The badge's words come from the server (ContactCard.availability_text, bot/reply.py);
  // availability only picks its colour.
  var BADGE_STATES = { always: "open", open: "open", closed: "closed", unknown: "unknown" };
  var headingLevel;

  // The admin page previews a card with this very drawing code: with data-cards-only the script
  // only offers window.HulpwijzerCards.render(card) and mounts no chat.
  if (script.hasAttribute("data-cards-only")) {
    headingLevel = 2;
    window.HulpwijzerCards = { render: renderCard };
    return;
  }

  var inline = document.getElementById("hulpwijzer");
  var sessionFallback = null;
  var busy = false;
  var exited = false;
  var pending = null;
  var greeted = false;

  // --- small helpers -----------------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function hidden(text) {
    return el("span", "hw-sr-only", text);
  }

  function httpsUrl(value) {
    if (typeof value !== "string") {
      return null;
    }
    try {
      var url = new URL(value);
      return url.protocol === "https:" ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  function telUrl(value) {
    return typeof value === "string" && /^tel:\+?[0-9]{3,15}$/.test(value) ? value : null;
  }

  function quickExitUrl() {
    var value = script.getAttribute("data-quick-exit-url") || "";
    var sameOrigin = value.charAt(0) === "/" && value.charAt(1) !== "/";
    if (sameOrigin || /^https?:\/\//.test(value)) {
      return new URL(value, ORIGIN).href;
    }
    return DEFAULT_QUICK_EXIT_URL;
  }

  function newSessionId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return (b < 16 ? "0" : "") + b.toString(16);
      })
      .join("");
  }

  function sessionId() {
    try {
      var id = window.sessionStorage.getItem(SESSION_KEY);
      if (!id || !/^[0-9a-f]{32}$/.test(id)) {
        id = newSessionId();
        window.sessionStorage.setItem(SESSION_KEY, id);
      }
      return id;
    } catch (err) {
      // sessionStorage can be blocked; then the id lives as long as this page.
      sessionFallback = sessionFallback || newSessionId();
      return sessionFallback;
    }
  }

  // --- the widget's elements ---------------------------------------------------------------

  headingLevel = inline ? 1 : 2;
  var root = el("section", "hw-root" + (inline ? " hw-root--inline" : " hw-root--float"));
  root.setAttribute("lang", "nl");
  root.setAttribute("aria-label", TEXT.title);

  var header = el("div", "hw-header");
  var exitButton = el("button", "hw-exit", TEXT.exit);
  exitButton.type = "button";
  exitButton.setAttribute("aria-describedby", "hw-exit-note");
  header.appendChild(exitButton);
  header.appendChild(el("h" + headingLevel, "hw-title", TEXT.title));

  var note = el("p", "hw-exit-note", TEXT.exitNote);
  note.id = "hw-exit-note";

  var log = el("div", "hw-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-relevant", "additions");
  log.setAttribute("aria-label", TEXT.log);

  var typing = el("div", "hw-typing");
  typing.setAttribute("aria-hidden", "true");
  typing.hidden = true;
  typing.appendChild(el("span", "hw-typing-text", TEXT.typing));
  var dots = el("span", "hw-dots");
  for (var i = 0; i < 3; i += 1) {
    dots.appendChild(el("span", "hw-dot"));
  }
  typing.appendChild(dots);

  var form = el("form", "hw-form");
  form.setAttribute("novalidate", "");
  var label = el("label", "hw-sr-only", TEXT.inputLabel);
  label.setAttribute("for", "hw-input");
  var input = el("input", "hw-input");
  input.id = "hw-input";
  input.type = "text";
  input.name = "message";
  input.maxLength = MAX_LENGTH;
  input.autocomplete = "off";
  input.placeholder = TEXT.placeholder;
  input.setAttribute("enterkeyhint", "send");
  var sendButton = el("button", "hw-send", TEXT.send);
  sendButton.type = "submit";
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(sendButton);

  var choices = el("div", "hw-choices");
  choices.setAttribute("role", "group");
  choices.setAttribute("aria-label", TEXT.choices);

  var panel = el("div", "hw-panel");
  [header, note, log, typing, form, choices].forEach(function (part) {
    panel.appendChild(part);
  });
  root.appendChild(panel);

  var launcher = null;
  var closeButton = null;
  if (inline) {
    inline.appendChild(root);
  } else {
    ensureStylesheet();
    panel.id = "hw-panel";
    panel.hidden = true;
    closeButton = el("button", "hw-close", TEXT.close);
    closeButton.type = "button";
    header.appendChild(closeButton);
    launcher = el("button", "hw-launcher", TEXT.open);
    launcher.type = "button";
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-controls", "hw-panel");
    root.appendChild(launcher);
    // First in the page, so "Snel weg" is the first thing the keyboard reaches once open.
    document.body.insertBefore(root, document.body.firstChild);
  }

  function ensureStylesheet() {
    var href = ORIGIN + "/static/widget.css";
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var j = 0; j < links.length; j += 1) {
      if (links[j].href === href) {
        return;
      }
    }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }

  // --- rendering ---------------------------------------------------------------------------

  function badgeClass(card) {
    return BADGE_STATES[card.availability] || "unknown";
  }

  function link(href, text, extra, className) {
    var a = el("a", className, text);
    a.href = href;
    if (extra) {
      a.appendChild(hidden(extra));
    }
    if (href.indexOf("https:") === 0) {
      a.target = "_blank";
      a.rel = "noopener noreferrer";
    }
    return a;
  }

  // One way to reach a channel: its link, then its details (label, call cost, hours) as text.
  function method(anchor, details) {
    var wrap = el("span", "hw-call");
    wrap.appendChild(anchor);
    var words = details.filter(function (d) {
      return typeof d === "string" && d;
    });
    if (words.length) {
      wrap.appendChild(el("span", "hw-call-label", words.join(" · ")));
    }
    return wrap;
  }

  function renderCard(card) {
    var item = el("li", "hw-card");
    var head = el("div", "hw-card-head");
    head.appendChild(el("h" + (headingLevel + 1), "hw-card-name", card.name));
    if (typeof card.availability_text === "string" && card.availability_text) {
      head.appendChild(el("span", "hw-badge hw-badge--" + badgeClass(card), card.availability_text));
    }
    item.appendChild(head);
    if (card.description) {
      item.appendChild(el("p", "hw-card-text", card.description));
    }
    if (card.hours_note) {
      item.appendChild(el("p", "hw-card-meta", card.hours_note));
    }

    var actions = el("div", "hw-card-actions");
    var phones = Array.isArray(card.phones) ? card.phones : [];
    phones.forEach(function (phone) {
      var tel = telUrl(phone && phone.tel);
      if (!tel || !phone.display) {
        return;
      }
      // What the call costs and when the number is open belong to the number, not the card.
      actions.appendChild(
        method(link(tel, "Bel " + phone.display, null, "hw-action hw-action--call"), [
          phone.label,
          phone.call_cost_text,
          phone.hours_text
        ])
      );
    });
    var report = httpsUrl(card.report_form);
    var chat = httpsUrl(card.chat_url);
    var website = httpsUrl(card.website);
    var about = " van " + card.name + TEXT.newTab;
    if (report) {
      actions.appendChild(method(link(report, "Meld online", about, "hw-action"), [card.report_form_hours_text]));
    }
    if (chat) {
      actions.appendChild(method(link(chat, "Chat", about, "hw-action"), [card.chat_hours_text]));
    }
    if (website && website !== chat && website !== report) {
      actions.appendChild(link(website, "Website", about, "hw-action"));
    }
    if (actions.childNodes.length) {
      item.appendChild(actions);
    }

    var tags = [];
    if (card.free === true) {
      // Whether the help is free; a call may still cost (the number says so).
      tags.push("Hulp is gratis");
    }
    if (card.anonymous === true) {
      tags.push("Anoniem");
    }
    if (typeof card.age_min === "number" && typeof card.age_max === "number") {
      tags.push(card.age_min + " tot " + card.age_max + " jaar");
    }
    if (tags.length) {
      item.appendChild(el("p", "hw-tags", tags.join(" · ")));
    }
    return item;
  }

  function addBotMessage(message, withChoices) {
    var item = el("div", "hw-msg hw-msg--bot");
    item.appendChild(hidden(TEXT.bot));
    if (typeof message.text === "string" && message.text) {
      item.appendChild(el("p", "hw-text", message.text));
    }
    if (Array.isArray(message.cards) && message.cards.length) {
      var list = el("ul", "hw-cards");
      message.cards.forEach(function (card) {
        if (card && typeof card.name === "string") {
          list.appendChild(renderCard(card));
        }
      });
      item.appendChild(list);
    }
    if (withChoices) {
      item.appendChild(hidden(" " + TEXT.choicesHint));
    }
    log.appendChild(item);
    return item;
  }

  function addUserMessage(text) {
    var item = el("div", "hw-msg hw-msg--user");
    item.appendChild(hidden(TEXT.you));
    item.appendChild(el("p", "hw-text", text));
    log.appendChild(item);
    return item;
  }

  function showChoices(buttons) {
    choices.replaceChildren();
    buttons.forEach(function (button) {
      if (!button || typeof button.title !== "string" || typeof button.payload !== "string") {
        return;
      }
      var chip = el("button", "hw-choice", button.title);
      chip.type = "button";
      chip.addEventListener("click", function () {
        input.focus();
        send(button.payload, button.title);
      });
      choices.appendChild(chip);
    });
  }

  function renderTurn(messages) {
    var withButtons = null;
    messages.forEach(function (message) {
      if (message && Array.isArray(message.buttons) && message.buttons.length) {
        withButtons = message;
      }
    });
    var first = null;
    messages.forEach(function (message) {
      if (message && typeof message === "object") {
        var item = addBotMessage(message, message === withButtons);
        first = first || item;
      }
    });
    showChoices(withButtons ? withButtons.buttons : []);
    if (first) {
      // Start reading a long answer at its top.
      first.scrollIntoView({ block: "start", behavior: "auto" });
    }
  }

  function setBusy(value) {
    busy = value;
    typing.hidden = !value;
    log.setAttribute("aria-busy", value ? "true" : "false");
    sendButton.setAttribute("aria-disabled", value ? "true" : "false");
  }

  // --- talking to the service --------------------------------------------------------------

  function unreachable() {
    return [{ text: TEXT.unreachable, cards: EMERGENCY }];
  }

  function post(message) {
    pending = new AbortController();
    var timer = window.setTimeout(function () {
      pending.abort();
    }, REQUEST_TIMEOUT_MS);
    return window
      .fetch(ORIGIN + "/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ session_id: sessionId(), message: message }),
        credentials: "omit",
        cache: "no-store",
        referrerPolicy: "no-referrer",
        signal: pending.signal
      })
      .then(function (response) {
        return response.json().then(
          function (data) {
            return { status: response.status, data: data };
          },
          function () {
            return { status: response.status, data: null };
          }
        );
      })
      .finally(function () {
        window.clearTimeout(timer);
      });
  }

  function messagesFrom(result) {
    var data = result.data;
    if (data && Array.isArray(data.messages) && data.messages.length) {
      return data.messages;
    }
    if (result.status >= 200 && result.status < 300) {
      return [{ text: TEXT.noAnswer }];
    }
    if (result.status < 500 && data && typeof data.detail === "string") {
      return [{ text: data.detail }];
    }
    return unreachable();
  }

  function send(message, shown) {
    if (busy || exited) {
      return;
    }
    if (shown) {
      addUserMessage(shown).scrollIntoView({ block: "nearest" });
    }
    showChoices([]);
    setBusy(true);
    post(message)
      .then(messagesFrom, unreachable)
      .then(function (messages) {
        if (exited) {
          return;
        }
        setBusy(false);
        renderTurn(messages);
      });
  }

  function greet() {
    if (!greeted) {
      greeted = true;
      // Hidden: the greeting comes from the bot's own domain response (utter_greet).
      send("/greet", null);
    }
  }

  // --- quick exit --------------------------------------------------------------------------

  function quickExit() {
    exited = true;
    if (pending) {
      pending.abort();
    }
    try {
      window.sessionStorage.removeItem(SESSION_KEY);
    } catch (err) {
      // Nothing stored when sessionStorage is blocked.
    }
    sessionFallback = null;
    log.replaceChildren();
    choices.replaceChildren();
    input.value = "";
    // replace(): the chat is not in the history, so Back does not bring it back.
    window.location.replace(quickExitUrl());
  }

  exitButton.addEventListener("click", quickExit);
  document.addEventListener("keydown", function (event) {
    var open = inline || (panel && !panel.hidden);
    if (event.key === "Escape" && !event.isComposing && open) {
      event.preventDefault();
      quickExit();
    }
  });

  // --- typing and opening ------------------------------------------------------------------

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || busy) {
      return;
    }
    input.value = "";
    send(text, text);
  });

  if (launcher) {
    launcher.addEventListener("click", function () {
      panel.hidden = false;
      launcher.hidden = true;
      launcher.setAttribute("aria-expanded", "true");
      greet();
      input.focus();
    });
    closeButton.addEventListener("click", function () {
      panel.hidden = true;
      launcher.hidden = false;
      launcher.setAttribute("aria-expanded", "false");
      launcher.focus();
    });
  } else {
    greet();
  }
})();
