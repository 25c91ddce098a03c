/*
 * Hulpwijzer chat widget. One tag mounts it on any page:
 *   <script src="https://HOST/static/widget.js" defer></script>
 * Optional: data-quick-exit-url="https://..." (where "Snel weg" goes), and data-lang="en" (on
 * the script tag or the host element) to start in English instead of Dutch.
 * The widget's own words follow the conversation's language: a bot message with `language`
 * "en" or "nl" switches them and the `lang` attribute of the widget (and its host element).
 * The young person's own text is never read to decide.
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

  // The same numbers in English, for an English conversation; the same test checks them.
  // BEGIN EMERGENCY_EN
  var EMERGENCY_EN = [
    {
      "id": "alarmnummer",
      "name": "112 (emergency number)",
      "description": "Call 112 if there is danger now.",
      "phones": [
        {"display": "112", "tel": "tel:112", "label": null, "call_cost": "free", "call_cost_text": "free call", "hours_text": "day and night"}
      ],
      "availability": "always",
      "availability_text": "Day and night"
    },
    {
      "id": "csg",
      "name": "Centrum Seksueel Geweld (Sexual Violence Centre)",
      "description": "For everyone with a bad sexual experience. Free and anonymous.",
      "phones": [
        {"display": "0800-0188", "tel": "tel:+318000188", "label": null, "call_cost": "free", "call_cost_text": "free call", "hours_text": "day and night"}
      ],
      "availability": "always",
      "availability_text": "Phone: day and night"
    },
    {
      "id": "zelfmoordpreventie",
      "name": "113 Zelfmoordpreventie (suicide prevention)",
      "description": "Thinking about suicide? Talk about it with 113. Free and anonymous.",
      "phones": [
        {"display": "113", "tel": "tel:113", "label": null, "call_cost": "free", "call_cost_text": "free call", "hours_text": "day and night"},
        {"display": "0800-0113", "tel": "tel:+318000113", "label": null, "call_cost": "free", "call_cost_text": "free call", "hours_text": "day and night"}
      ],
      "availability": "always",
      "availability_text": "Day and night"
    }
  ];
  // END EMERGENCY_EN

  // Every word the widget itself shows, per language. The bot's answers, the card's names,
  // descriptions and hours words come from the server in the conversation's language.
  // {name}, {number}, {min} and {max} are filled in by fill().
  var TEXTS = {
    nl: {
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
      call: "Bel {number}",
      reportOnline: "Meld online",
      chat: "Chat",
      website: "Website",
      about: " van {name}",
      newTab: " (opent een nieuw tabblad)",
      free: "Hulp is gratis",
      anonymous: "Anoniem",
      ages: "{min} tot {max} jaar",
      noAnswer: "Sorry, ik heb hier even geen antwoord op. Probeer het nog eens.",
      unreachable:
        "Sorry, de chat werkt nu even niet. Probeer het later nog eens. " +
        "Heb je nu hulp nodig? Deze hulp is er altijd, dag en nacht:",
      botDown: "Sorry, er gaat bij mij nu iets mis. Deze hulp is er altijd, dag en nacht:",
      rateLimited:
        "Je stuurt veel berichten snel achter elkaar. Wacht even en probeer het dan opnieuw. " +
        "Is er nu gevaar? Bel 112.",
      badSession: "De chat is niet goed gestart. Laad de pagina opnieuw.",
      badMessage: "Er ging iets mis met je bericht. Probeer het opnieuw.",
      emergency: EMERGENCY
    },
    en: {
      title: "Hulpwijzer",
      exit: "Quick exit",
      exitNote:
        "Quick exit? Click the button or press Esc. Note: your browser history is still kept.",
      log: "Conversation",
      you: "You: ",
      bot: "Hulpwijzer: ",
      inputLabel: "Type your message",
      placeholder: "Type your question here",
      send: "Send",
      choices: "Choose an answer",
      choicesHint: "You can also choose a button. The buttons are below the text box.",
      typing: "Hulpwijzer is typing",
      open: "Chat anonymously",
      close: "Close",
      call: "Call {number}",
      reportOnline: "Report online",
      chat: "Chat",
      website: "Website",
      about: " of {name}",
      newTab: " (opens in a new tab)",
      free: "Help is free",
      anonymous: "Anonymous",
      ages: "ages {min} to {max}",
      noAnswer: "Sorry, I don't have an answer to this right now. Please try again.",
      unreachable:
        "Sorry, the chat is not working right now. Please try again later. " +
        "Do you need help now? This help is always there, day and night:",
      botDown:
        "Sorry, something is going wrong on my side right now. " +
        "This help is always there, day and night:",
      rateLimited:
        "You are sending a lot of messages quickly. Wait a moment and then try again. " +
        "Is there danger now? Call 112.",
      badSession: "The chat did not start properly. Please reload the page.",
      badMessage: "Something went wrong with your message. Please try again.",
      emergency: EMERGENCY_EN
    }
  };

  function knownLanguage(value) {
    return typeof value === "string" && Object.prototype.hasOwnProperty.call(TEXTS, value) ? value : null;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  var inline = document.getElementById("hulpwijzer");
  // The language the widget starts in: data-lang on the script tag or the host element, else Dutch.
  var language =
    knownLanguage(script.getAttribute("data-lang")) ||
    knownLanguage(inline && inline.getAttribute("data-lang")) ||
    "nl";
  var TEXT = TEXTS[language];

  // The badge's words come from the server (ContactCard.availability_text, bot/reply.py);
  // availability only picks its colour.
  var BADGE_STATES = { always: "open", open: "open", closed: "closed", unknown: "unknown" };
  var headingLevel;

  // The admin page previews a card with this very drawing code: with data-cards-only the script
  // only offers window.HulpwijzerCards.render(card, language) and mounts no chat.
  if (script.hasAttribute("data-cards-only")) {
    headingLevel = 2;
    // render(card, "en") draws the card with the English words (default: the page's start language).
    window.HulpwijzerCards = {
      render: function (card, lang) {
        return renderCard(card, TEXTS[knownLanguage(lang) || language]);
      }
    };
    return;
  }

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

  // A hidden label in the widget's language now; it keeps that language when the widget switches.
  function hiddenLabel(text) {
    var span = hidden(text);
    span.setAttribute("lang", language);
    return span;
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

  var header = el("div", "hw-header");
  var exitButton = el("button", "hw-exit");
  exitButton.type = "button";
  exitButton.setAttribute("aria-describedby", "hw-exit-note");
  header.appendChild(exitButton);
  var title = el("h" + headingLevel, "hw-title");
  header.appendChild(title);

  var note = el("p", "hw-exit-note");
  note.id = "hw-exit-note";

  var log = el("div", "hw-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-relevant", "additions");

  var typing = el("div", "hw-typing");
  typing.setAttribute("aria-hidden", "true");
  typing.hidden = true;
  var typingText = el("span", "hw-typing-text");
  typing.appendChild(typingText);
  var dots = el("span", "hw-dots");
  for (var i = 0; i < 3; i += 1) {
    dots.appendChild(el("span", "hw-dot"));
  }
  typing.appendChild(dots);

  var form = el("form", "hw-form");
  form.setAttribute("novalidate", "");
  var label = el("label", "hw-sr-only");
  label.setAttribute("for", "hw-input");
  var input = el("input", "hw-input");
  input.id = "hw-input";
  input.type = "text";
  input.name = "message";
  input.maxLength = MAX_LENGTH;
  input.autocomplete = "off";
  input.setAttribute("enterkeyhint", "send");
  var sendButton = el("button", "hw-send");
  sendButton.type = "submit";
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(sendButton);

  var choices = el("div", "hw-choices");
  choices.setAttribute("role", "group");

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
    closeButton = el("button", "hw-close");
    closeButton.type = "button";
    header.appendChild(closeButton);
    launcher = el("button", "hw-launcher");
    launcher.type = "button";
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-controls", "hw-panel");
    root.appendChild(launcher);
    // First in the page, so "Snel weg" is the first thing the keyboard reaches once open.
    document.body.insertBefore(root, document.body.firstChild);
  }
  applyLanguage(language);

  // Every word of the widget's own in `lang`, and its lang attribute (and its host's) to match.
  // Messages already shown keep theirs.
  function applyLanguage(lang) {
    language = lang;
    TEXT = TEXTS[lang];
    root.setAttribute("lang", lang);
    if (inline) {
      inline.setAttribute("lang", lang);
    }
    root.setAttribute("aria-label", TEXT.title);
    exitButton.textContent = TEXT.exit;
    title.textContent = TEXT.title;
    note.textContent = TEXT.exitNote;
    log.setAttribute("aria-label", TEXT.log);
    typingText.textContent = TEXT.typing;
    label.textContent = TEXT.inputLabel;
    input.placeholder = TEXT.placeholder;
    sendButton.textContent = TEXT.send;
    choices.setAttribute("aria-label", TEXT.choices);
    if (closeButton) {
      closeButton.textContent = TEXT.close;
    }
    if (launcher) {
      launcher.textContent = TEXT.open;
    }
  }

  // The language a turn says it is in: the last of its messages that names one. Only the bot's
  // messages decide (the service sets `language` on them), never what the young person typed.
  function turnLanguage(messages) {
    var found = null;
    messages.forEach(function (message) {
      var lang = message && typeof message === "object" ? knownLanguage(message.language) : null;
      found = lang || found;
    });
    return found;
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

  // `words`: the table of the language to draw the card's own labels in (the widget's now).
  function renderCard(card, words) {
    var T = words || TEXT;
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
        method(link(tel, fill(T.call, { number: phone.display }), null, "hw-action hw-action--call"), [
          phone.label,
          phone.call_cost_text,
          phone.hours_text
        ])
      );
    });
    var report = httpsUrl(card.report_form);
    var chat = httpsUrl(card.chat_url);
    var website = httpsUrl(card.website);
    var about = fill(T.about, { name: card.name }) + T.newTab;
    if (report) {
      actions.appendChild(method(link(report, T.reportOnline, about, "hw-action"), [card.report_form_hours_text]));
    }
    if (chat) {
      actions.appendChild(method(link(chat, T.chat, about, "hw-action"), [card.chat_hours_text]));
    }
    if (website && website !== chat && website !== report) {
      actions.appendChild(link(website, T.website, about, "hw-action"));
    }
    if (actions.childNodes.length) {
      item.appendChild(actions);
    }

    var tags = [];
    if (card.free === true) {
      // Whether the help is free; a call may still cost (the number says so).
      tags.push(T.free);
    }
    if (card.anonymous === true) {
      tags.push(T.anonymous);
    }
    if (typeof card.age_min === "number" && typeof card.age_max === "number") {
      tags.push(fill(T.ages, { min: card.age_min, max: card.age_max }));
    }
    if (tags.length) {
      item.appendChild(el("p", "hw-tags", tags.join(" · ")));
    }
    return item;
  }

  function addBotMessage(message, withChoices) {
    var item = el("div", "hw-msg hw-msg--bot");
    // Written in the conversation's language of its turn; it keeps it when the widget switches.
    item.setAttribute("lang", language);
    item.appendChild(hidden(TEXT.bot));
    if (typeof message.text === "string" && message.text) {
      item.appendChild(el("p", "hw-text", message.text));
    }
    if (Array.isArray(message.cards) && message.cards.length) {
      var list = el("ul", "hw-cards");
      message.cards.forEach(function (card) {
        if (card && typeof card.name === "string") {
          list.appendChild(renderCard(card, TEXT));
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
    item.appendChild(hiddenLabel(TEXT.you));
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
    var lang = turnLanguage(messages);
    if (lang && lang !== language) {
      applyLanguage(lang);
    }
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
    return [{ text: TEXT.unreachable, cards: TEXT.emergency }];
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
    if (result.status >= 200 && result.status < 300) {
      var ok = data && Array.isArray(data.messages) && data.messages.length;
      return ok ? data.messages : [{ text: TEXT.noAnswer }];
    }
    // The service's error texts are Dutch (ErrorResponse.detail and messages): shown as they
    // are in a Dutch conversation; otherwise the widget says them itself, from the error code.
    if (language === "nl") {
      if (data && Array.isArray(data.messages) && data.messages.length) {
        return data.messages;
      }
      if (result.status < 500 && data && typeof data.detail === "string") {
        return [{ text: data.detail }];
      }
    }
    return errorMessages(result.status, data);
  }

  // An error in the widget's own words, with the 24/7 numbers in its language when the bot is down.
  function errorMessages(status, data) {
    var error = data && typeof data.error === "string" ? data.error : "";
    if (status === 429 || error === "rate_limited") {
      return [{ text: TEXT.rateLimited }];
    }
    if (status >= 500 || !error) {
      var text = error === "bot_unavailable" ? TEXT.botDown : TEXT.unreachable;
      return [{ text: text, cards: TEXT.emergency }];
    }
    var problems = data && Array.isArray(data.problems) ? data.problems : [];
    var field = problems.length && problems[0] ? problems[0].field : "";
    return [{ text: field === "session_id" ? TEXT.badSession : TEXT.badMessage }];
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
