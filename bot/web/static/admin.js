/*
 * Hulpwijzer admin page: maintainers edit the help channels through /api/admin.
 *
 * Safety rules of this file:
 * - All data is set with textContent or .value, never as HTML.
 * - The token lives in sessionStorage only (gone when the tab closes); no cookies, no localStorage.
 * - Requests go only to this page's own origin.
 */
(function () {
  "use strict";

  var TOKEN_KEY = "hulpwijzer.admin.token";
  var CONFLICT = "Iemand anders heeft dit kanaal net veranderd. Laad opnieuw.";
  var DAYS = [
    ["mon", "Maandag"],
    ["tue", "Dinsdag"],
    ["wed", "Woensdag"],
    ["thu", "Donderdag"],
    ["fri", "Vrijdag"],
    ["sat", "Zaterdag"],
    ["sun", "Zondag"]
  ];
  var TEXT_FIELDS = [
    ["name", "Naam", "input"],
    ["name_en", "Naam in het Engels (mag leeg)", "input"],
    ["chat_url", "Chat (https://...)", "input"],
    ["website", "Website (https://...)", "input"],
    ["report_form", "Meldformulier (https://...)", "input"],
    ["description", "Beschrijving (B1-Nederlands, voor jongeren)", "textarea"],
    ["description_en", "Beschrijving in het Engels (mag leeg)", "textarea"],
    ["hours_note", "Opmerking over de tijden", "textarea"],
    ["hours_note_en", "Opmerking over de tijden in het Engels (mag leeg)", "textarea"],
    ["source", "Bron (https://...): de pagina waar de gegevens staan", "input"],
    ["source_title", "Titel van de bron (mag leeg)", "input"],
    ["verified_on", "Gecontroleerd op (JJJJ-MM-DD)", "date"]
  ];
  // Hours belong to a contact method; "none" leaves them out (the method is not there).
  var HOURS_FIELDS = {
    hours: "Tijden van de telefoonnummers",
    chat_hours: "Tijden van de chat",
    report_form_hours: "Tijden van het meldformulier"
  };
  var YES_NO = [
    ["free", "Is de hulp gratis? (Wat bellen kost, staat bij elk nummer.)"],
    ["anonymous", "Kan het anoniem?"]
  ];
  var CALL_COSTS = [
    ["unknown", "Onbekend"],
    ["free", "Gratis bellen (alleen 0800 en korte nummers)"],
    ["local_rate", "Lokaal tarief"]
  ];

  var state = { channels: [], current: null, version: null, phoneRows: 0 };
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

  function token() {
    return window.sessionStorage.getItem(TOKEN_KEY);
  }

  function say(text) {
    $("status").textContent = text;
  }

  function api(method, path, body, headers) {
    var options = { method: method, headers: Object.assign({ Authorization: "Bearer " + token() }, headers || {}) };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response
        .json()
        .catch(function () {
          return {};
        })
        .then(function (data) {
          if (response.status === 401) {
            logout("Je sleutel klopt niet (meer). Log opnieuw in.");
          }
          return { status: response.status, data: data };
        });
    });
  }

  // --- login ------------------------------------------------------------------------------

  function logout(message) {
    window.sessionStorage.removeItem(TOKEN_KEY);
    $("workspace").hidden = true;
    $("logout").hidden = true;
    $("login").hidden = false;
    $("login-error").textContent = message || "";
    say("");
    $("token").value = "";
    $("token").focus();
  }

  function start() {
    return api("GET", "/api/admin/channels").then(function (result) {
      if (result.status === 404) {
        logout("Beheer staat uit op deze server: er is geen sleutel ingesteld.");
        return;
      }
      if (result.status !== 200) {
        return;
      }
      $("login").hidden = true;
      $("logout").hidden = false;
      $("workspace").hidden = false;
      state.channels = result.data.channels;
      renderList();
    });
  }

  $("login").addEventListener("submit", function (event) {
    event.preventDefault();
    var value = $("token").value.trim();
    if (!value) {
      $("login-error").textContent = "Vul je sleutel in.";
      return;
    }
    window.sessionStorage.setItem(TOKEN_KEY, value);
    $("login-error").textContent = "";
    start();
  });

  $("logout").addEventListener("click", function () {
    logout("Je bent uitgelogd.");
  });

  // --- channel list -----------------------------------------------------------------------

  function renderList() {
    var list = $("channel-list");
    list.replaceChildren();
    state.channels.forEach(function (channel) {
      var item = el("li");
      var button = el("button", { type: "button", "data-channel": channel.id }, channel.name);
      if (state.current && state.current.id === channel.id) {
        button.setAttribute("aria-current", "true");
      }
      button.addEventListener("click", function () {
        openChannel(channel.id);
      });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  function openChannel(id) {
    return api("GET", "/api/admin/channels/" + encodeURIComponent(id)).then(function (result) {
      if (result.status !== 200) {
        say(result.data.detail || "Dit kanaal kon niet geladen worden.");
        return;
      }
      state.current = result.data.channel;
      state.version = result.data.version;
      renderList();
      renderForm();
    });
  }

  // --- the form ---------------------------------------------------------------------------

  function errorSlot(field) {
    return el("p", { id: "err-" + field, class: "adm-error", "data-error-for": field, role: "alert" });
  }

  function field(form, name, labelText, kind, value) {
    var id = "f-" + name;
    form.appendChild(el("label", { for: id }, labelText));
    var input =
      kind === "textarea"
        ? el("textarea", { id: id, name: name, rows: "3" })
        : el("input", { id: id, name: name, type: kind === "date" ? "date" : "text" });
    input.setAttribute("data-field", name);
    input.setAttribute("aria-describedby", "err-" + name);
    input.value = value === undefined || value === null ? "" : String(value);
    form.appendChild(input);
    form.appendChild(errorSlot(name));
    return input;
  }

  function phoneRow(container, phone) {
    var index = state.phoneRows++;
    var row = el("div", { class: "adm-row", "data-phone": String(index) });
    [
      ["dial", "Bellen (+31... of kort nummer)"],
      ["display", "Zoals mensen het zien (0800-0188)"],
      ["label", "Toelichting (mag leeg)"],
      ["label_en", "Toelichting in het Engels (mag leeg)"]
    ].forEach(function (part) {
      var name = "phones." + index + "." + part[0];
      var wrap = el("div");
      wrap.appendChild(el("label", { for: "f-" + name }, part[1]));
      var input = el("input", { id: "f-" + name, type: "text", "data-part": part[0] });
      input.setAttribute("data-field", name);
      input.setAttribute("aria-describedby", "err-" + name + " err-phones." + index);
      input.value = phone && phone[part[0]] ? phone[part[0]] : "";
      wrap.appendChild(input);
      wrap.appendChild(errorSlot(name));
      row.appendChild(wrap);
    });
    var costName = "phones." + index + ".call_cost";
    var costWrap = el("div");
    costWrap.appendChild(el("label", { for: "f-" + costName }, "Wat kost bellen?"));
    var cost = el("select", { id: "f-" + costName, "data-part": "call_cost", "data-field": costName });
    cost.setAttribute("aria-describedby", "err-" + costName);
    CALL_COSTS.forEach(function (option) {
      cost.appendChild(el("option", { value: option[0] }, option[1]));
    });
    cost.value = (phone && phone.call_cost) || "unknown";
    costWrap.appendChild(cost);
    costWrap.appendChild(errorSlot(costName));
    row.appendChild(costWrap);
    var remove = el("button", { type: "button" }, "Verwijder nummer");
    remove.addEventListener("click", function () {
      row.remove();
    });
    row.appendChild(remove);
    container.appendChild(row);
    container.appendChild(errorSlot("phones." + index));
  }

  function hoursEditor(form, key, hours) {
    var box = el("fieldset", { "data-hours": key });
    box.appendChild(el("legend", {}, HOURS_FIELDS[key] + " (tijd in Nederland)"));
    box.appendChild(el("label", { for: "f-" + key }, "Soort"));
    var kind = el("select", { id: "f-" + key, "data-field": key, "aria-describedby": "err-" + key });
    [
      ["none", "Geen (dit kanaal heeft dit niet)"],
      ["24/7", "Dag en nacht (24/7)"],
      ["unknown", "Onbekend (niet gokken!)"],
      ["weekly", "Weekrooster"]
    ].forEach(function (option) {
      kind.appendChild(el("option", { value: option[0] }, option[1]));
    });
    var weekly = typeof hours === "object" && hours !== null;
    kind.value = weekly ? "weekly" : hours || "none";
    box.appendChild(kind);
    box.appendChild(errorSlot(key));
    var days = el("div", { class: "adm-days", id: "days-" + key });
    days.appendChild(
      el("p", { class: "adm-hint" }, "Per dag tijden zoals 09:00-17:00; meer tijden met een komma. Leeg is dicht.")
    );
    days.appendChild(el("span"));
    DAYS.forEach(function (day) {
      var name = key + "." + day[0];
      days.appendChild(el("label", { for: "f-" + name }, day[1]));
      var input = el("input", { id: "f-" + name, type: "text", "data-day": day[0] });
      input.setAttribute("data-field", name);
      input.setAttribute("aria-describedby", "err-" + name);
      var ranges = weekly && hours[day[0]] ? hours[day[0]] : null;
      input.setAttribute("data-written", ranges ? "true" : "false");
      input.value = ranges ? ranges.join(", ") : "";
      days.appendChild(input);
      days.appendChild(el("span"));
      days.appendChild(errorSlot(name));
    });
    days.hidden = !weekly;
    kind.addEventListener("change", function () {
      days.hidden = kind.value !== "weekly";
    });
    box.appendChild(days);
    form.appendChild(box);
  }

  function yesNo(form, name, labelText, value) {
    form.appendChild(el("label", { for: "f-" + name }, labelText));
    var select = el("select", { id: "f-" + name, "data-field": name, "aria-describedby": "err-" + name });
    [
      ["", "Onbekend"],
      ["true", "Ja"],
      ["false", "Nee"]
    ].forEach(function (option) {
      select.appendChild(el("option", { value: option[0] }, option[1]));
    });
    select.value = value === true ? "true" : value === false ? "false" : "";
    form.appendChild(select);
    form.appendChild(errorSlot(name));
  }

  function ageEditor(form, age) {
    var box = el("fieldset", { id: "age" });
    box.appendChild(el("legend", {}, "Leeftijd (laat leeg als het voor iedereen is)"));
    [
      ["min", "Vanaf (jaar)"],
      ["max", "Tot en met (jaar)"]
    ].forEach(function (part) {
      var name = "age." + part[0];
      box.appendChild(el("label", { for: "f-" + name }, part[1]));
      var input = el("input", { id: "f-" + name, type: "text", inputmode: "numeric", "data-field": name });
      input.setAttribute("aria-describedby", "err-" + name + " err-age");
      input.value = age && age[part[0]] !== undefined ? String(age[part[0]]) : "";
      box.appendChild(input);
      box.appendChild(errorSlot(name));
    });
    box.appendChild(errorSlot("age"));
    form.appendChild(box);
  }

  function textField(form, name) {
    var f = TEXT_FIELDS.filter(function (t) {
      return t[0] === name;
    })[0];
    field(form, f[0], f[1], f[2], state.current[f[0]]);
  }

  function renderForm() {
    var channel = state.current;
    var editor = $("editor");
    editor.replaceChildren();
    editor.appendChild(el("h2", { id: "editor-title" }, channel.name));
    editor.appendChild(el("p", { class: "adm-hint" }, "Versie " + state.version + ". Id: " + channel.id));
    var form = el("form", { id: "channel-form", novalidate: "", "aria-labelledby": "editor-title" });
    form.appendChild(el("p", { id: "form-error", class: "adm-error adm-form-error", role: "alert" }));

    textField(form, "name");
    textField(form, "name_en");
    var phones = el("fieldset", { id: "phones" });
    phones.appendChild(el("legend", {}, "Telefoonnummers"));
    state.phoneRows = 0;
    var rows = el("div", { id: "phone-rows" });
    (channel.phones || []).forEach(function (phone) {
      phoneRow(rows, phone);
    });
    phones.appendChild(rows);
    phones.appendChild(errorSlot("phones"));
    var add = el("button", { type: "button" }, "Nummer toevoegen");
    add.addEventListener("click", function () {
      phoneRow(rows, null);
    });
    phones.appendChild(add);
    form.appendChild(phones);

    hoursEditor(form, "hours", channel.hours);
    textField(form, "chat_url");
    hoursEditor(form, "chat_hours", channel.chat_hours);
    textField(form, "report_form");
    hoursEditor(form, "report_form_hours", channel.report_form_hours);
    textField(form, "website");
    YES_NO.forEach(function (f) {
      yesNo(form, f[0], f[1], channel[f[0]]);
    });
    ageEditor(form, channel.age);
    ["description", "description_en", "hours_note", "hours_note_en", "source", "source_title", "verified_on"].forEach(
      function (name) {
        textField(form, name);
      }
    );

    var actions = el("div", { class: "adm-actions" });
    actions.appendChild(el("button", { type: "submit", class: "adm-primary" }, "Opslaan"));
    var look = el("button", { type: "button" }, "Bekijk voorbeeld");
    look.addEventListener("click", function () {
      preview(form);
    });
    actions.appendChild(look);
    var reload = el("button", { type: "button" }, "Laad opnieuw");
    reload.addEventListener("click", function () {
      openChannel(channel.id).then(function () {
        say("Opnieuw geladen.");
      });
    });
    actions.appendChild(reload);
    var history = el("button", { type: "button" }, "Geschiedenis");
    history.addEventListener("click", function () {
      showHistory(channel.id);
    });
    actions.appendChild(history);
    form.appendChild(actions);
    form.appendChild(el("p", { class: "adm-hint" }, "Alleen feiten uit een gecontroleerde bron. Weet je de tijden niet zeker? Kies Onbekend."));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      save(form);
    });
    editor.appendChild(form);
    editor.appendChild(previewSection());
    editor.appendChild(el("section", { id: "history", "aria-labelledby": "history-title" }));
    var timer = null;
    form.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        preview(form);
      }, 400);
    });
  }

  // --- the preview: the card exactly as the widget draws it (its own drawing code, widget.js
  // with data-cards-only), and the line a text channel gets; both from the server ---------

  function previewSection() {
    var box = el("section", { id: "preview", "aria-labelledby": "preview-title" });
    box.appendChild(el("h3", { id: "preview-title" }, "Voorbeeld (nog niet opgeslagen)"));
    box.appendChild(el("p", { class: "adm-hint" }, "Zo ziet een jongere dit kanaal nu in de chat:"));
    var root = el("div", { class: "hw-root adm-preview-card" });
    root.appendChild(el("ul", { id: "preview-card", class: "hw-cards" }));
    box.appendChild(root);
    box.appendChild(el("p", { class: "adm-hint" }, "En zo in een tekstkanaal (zonder kaarten):"));
    box.appendChild(el("p", { id: "preview-text", class: "adm-preview-text" }));
    box.appendChild(el("p", { class: "adm-hint" }, "In een Engels gesprek (met de Engelse teksten):"));
    var rootEn = el("div", { class: "hw-root adm-preview-card", lang: "en" });
    rootEn.appendChild(el("ul", { id: "preview-card-en", class: "hw-cards" }));
    box.appendChild(rootEn);
    box.appendChild(el("p", { id: "preview-text-en", class: "adm-preview-text", lang: "en" }));
    box.appendChild(el("p", { id: "preview-error", class: "adm-error", role: "alert" }));
    return box;
  }

  function preview(form) {
    var data = collect(form);
    return api("POST", "/api/admin/preview", data).then(function (result) {
      var list = $("preview-card");
      if (!list) {
        return;
      }
      if (result.status === 200) {
        list.replaceChildren(window.HulpwijzerCards.render(result.data.card));
        $("preview-text").textContent = result.data.text_line;
        $("preview-card-en").replaceChildren(window.HulpwijzerCards.render(result.data.card_en, "en"));
        $("preview-text-en").textContent = result.data.text_line_en;
        $("preview-error").textContent = "";
      } else if (result.status !== 401) {
        list.replaceChildren();
        $("preview-text").textContent = "";
        $("preview-card-en").replaceChildren();
        $("preview-text-en").textContent = "";
        var problems = (result.data.problems || []).map(function (p) {
          return (p.field ? p.field + ": " : "") + p.message;
        });
        $("preview-error").textContent = ["Geen voorbeeld: dit klopt nog niet."].concat(problems).join(" ");
      }
    });
  }

  function collect(form) {
    var data = JSON.parse(JSON.stringify(state.current));
    data.phones = [];
    form.querySelectorAll("[data-phone]").forEach(function (row) {
      var phone = {};
      row.querySelectorAll("[data-part]").forEach(function (input) {
        var value = input.value.trim();
        if (value) {
          phone[input.getAttribute("data-part")] = value;
        }
      });
      if (Object.keys(phone).length) {
        data.phones.push(phone);
      }
    });
    TEXT_FIELDS.forEach(function (f) {
      var value = form.querySelector('[data-field="' + f[0] + '"]').value.trim();
      if (value) {
        data[f[0]] = value;
      } else {
        delete data[f[0]];
      }
    });
    Object.keys(HOURS_FIELDS).forEach(function (key) {
      var kind = form.querySelector("#f-" + key).value;
      if (kind === "none") {
        delete data[key];
      } else if (kind === "weekly") {
        data[key] = {};
        form.querySelectorAll('[data-hours="' + key + '"] [data-day]').forEach(function (input) {
          var ranges = input.value
            .split(",")
            .map(function (part) {
              return part.trim();
            })
            .filter(Boolean);
          if (ranges.length || input.getAttribute("data-written") === "true") {
            data[key][input.getAttribute("data-day")] = ranges;
          }
        });
      } else {
        data[key] = kind;
      }
    });
    YES_NO.forEach(function (f) {
      var value = form.querySelector("#f-" + f[0]).value;
      if (value) {
        data[f[0]] = value === "true";
      } else {
        delete data[f[0]];
      }
    });
    var min = form.querySelector('[data-field="age.min"]').value.trim();
    var max = form.querySelector('[data-field="age.max"]').value.trim();
    if (min || max) {
      // Numbers as numbers; anything else goes as typed, so the server names the field in Dutch.
      data.age = {
        min: /^\d+$/.test(min) ? Number(min) : min,
        max: /^\d+$/.test(max) ? Number(max) : max
      };
    } else {
      delete data.age;
    }
    return data;
  }

  // The input that shows an error: the exact field, else the nearest field it is part of.
  function errorTarget(form, name) {
    var parts = name.split(".");
    while (parts.length) {
      var slot = form.querySelector('[data-error-for="' + parts.join(".") + '"]');
      if (slot) {
        return slot;
      }
      parts.pop();
    }
    return null;
  }

  function clearErrors(form) {
    form.querySelectorAll("[data-error-for]").forEach(function (slot) {
      slot.textContent = "";
    });
    form.querySelectorAll("[aria-invalid]").forEach(function (input) {
      input.removeAttribute("aria-invalid");
    });
    $("form-error").textContent = "";
  }

  function showErrors(form, detail, problems) {
    var general = [detail];
    var first = null;
    (problems || []).forEach(function (problem) {
      var slot = problem.channel === state.current.id ? errorTarget(form, problem.field) : null;
      if (!slot) {
        general.push(problem.message);
        return;
      }
      slot.textContent = slot.textContent ? slot.textContent + " " + problem.message : problem.message;
      var input = form.querySelector('[data-field="' + slot.getAttribute("data-error-for") + '"]');
      var target = input || slot.parentNode.querySelector("input, select, textarea");
      if (target) {
        target.setAttribute("aria-invalid", "true");
        first = first || target;
      }
    });
    $("form-error").textContent = general.join(" ");
    (first || $("form-error")).focus();
  }

  function save(form) {
    clearErrors(form);
    say("");
    var data = collect(form);
    return api("PUT", "/api/admin/channels/" + encodeURIComponent(state.current.id), data, {
      "If-Match": '"' + state.version + '"'
    }).then(function (result) {
      if (result.status === 200) {
        state.current = result.data.channel;
        state.version = result.data.version;
        state.channels = state.channels.map(function (c) {
          return c.id === state.current.id ? state.current : c;
        });
        renderList();
        renderForm();
        say("Opgeslagen als versie " + state.version + ". De bot gebruikt het meteen.");
      } else if (result.status === 202) {
        // A four-eyes channel: kept as a proposal; admin-maintain.js lists it for a second maintainer.
        say(
          "Opgeslagen als voorstel " + result.data.number + ". Een andere beheerder moet het goedkeuren; tot dan gebruikt de bot de huidige gegevens."
        );
        document.dispatchEvent(new CustomEvent("hulpwijzer:proposal"));
      } else if (result.status === 409) {
        var conflict = result.data.problems && result.data.problems.length ? result.data.detail : CONFLICT;
        showErrors(form, conflict, []);
      } else if (result.status !== 401) {
        showErrors(form, result.data.detail || "Niet opgeslagen.", result.data.problems);
      }
    });
  }

  // --- history and rollback ---------------------------------------------------------------

  function describe(value) {
    if (value === null || value === undefined) {
      return "(leeg)";
    }
    return typeof value === "string" ? value : JSON.stringify(value);
  }

  function showHistory(id) {
    return api("GET", "/api/admin/history?limit=50&channel_id=" + encodeURIComponent(id)).then(function (result) {
      var box = $("history");
      box.replaceChildren();
      box.appendChild(el("h3", { id: "history-title", tabindex: "-1" }, "Geschiedenis van " + state.current.name));
      if (result.status !== 200) {
        box.appendChild(el("p", { class: "adm-error" }, result.data.detail || "Niet geladen."));
        return;
      }
      box.appendChild(
        el(
          "p",
          { class: "adm-hint" },
          "Terugzetten maakt een nieuwe versie met de kanalen precies zoals in die versie (alle kanalen)."
        )
      );
      var message = el("p", { class: "adm-error", role: "alert" });
      box.appendChild(message);
      var list = el("ol", { class: "adm-history", reversed: "" });
      result.data.entries.forEach(function (entry) {
        var item = el("li");
        var when = new Date(entry.saved_at).toLocaleString("nl-NL");
        var why = { save: "opgeslagen", rollback: "teruggezet naar versie " + entry.rollback_of, file: "bestand aangepast" };
        item.appendChild(
          el("p", {}, "Versie " + entry.version + ", " + when + ", door " + entry.author + (entry.approved_by ? ", goedgekeurd door " + entry.approved_by : "") + " (" + (why[entry.reason] || entry.reason) + ")")
        );
        var changes = el("ul");
        entry.changes
          .filter(function (change) {
            return change.channel === id;
          })
          .forEach(function (change) {
            var text = change.field
              ? change.field + ": " + describe(change.old) + " → " + describe(change.new)
              : change.old === null
                ? "kanaal toegevoegd"
                : "kanaal verwijderd";
            changes.appendChild(el("li", {}, text));
          });
        item.appendChild(changes);
        if (entry.older_format) {
          // Saved before the rules became stricter: kept and shown as saved, never put back.
          item.appendChild(
            el(
              "p",
              { class: "adm-hint" },
              "Opgeslagen in een ouder formaat dat niet meer klopt met de regels van nu. Deze versie blijft bewaard, maar kan niet terug."
            )
          );
        } else if (entry.version !== result.data.current_version) {
          var button = el("button", { type: "button" }, "Zet terug naar versie " + entry.version);
          button.addEventListener("click", function () {
            rollback(entry.version, result.data.current_version, message);
          });
          item.appendChild(button);
        } else {
          item.appendChild(el("p", { class: "adm-hint" }, "Dit is de huidige versie."));
        }
        list.appendChild(item);
      });
      box.appendChild(list);
      $("history-title").focus();
    });
  }

  function rollback(number, current, message) {
    return api("POST", "/api/admin/rollback/" + number, { version: current }).then(function (result) {
      if (result.status === 200) {
        var id = state.current.id;
        return openChannel(id).then(function () {
          say("Teruggezet naar versie " + number + " (nu versie " + result.data.version + ").");
          return showHistory(id);
        });
      }
      if (result.status !== 401) {
        message.textContent = result.data.detail || "Niet teruggezet.";
      }
    });
  }

  if (token()) {
    start();
  } else {
    $("token").focus();
  }
})();
