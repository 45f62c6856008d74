/* Progressive enhancement for Kulttuuripankki. Every page works without this file.
 *
 * 1. Autocomplete on search boxes, following the WAI-ARIA 1.2 combobox pattern
 *    (list popup, aria-activedescendant, arrow keys, Enter, Escape).
 * 2. Filters apply as soon as a checkbox changes, and focus returns to that
 *    checkbox on the new page; on small screens the filter panel starts closed.
 */
(function () {
  "use strict";

  var MIN_CHARS = 2;
  var DELAY_MS = 150;

  function setupCombobox(form, input, index) {
    var messages = {};
    try { messages = JSON.parse(form.getAttribute("data-messages") || "{}"); } catch (e) { messages = {}; }
    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", messages.listLabel || "Suggestions");
    list.hidden = true;
    input.parentNode.appendChild(list);

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var options = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = null;
    var pageLang = document.documentElement.lang;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function open() {
      if (!options.length) { return; }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function highlight(next) {
      var items = list.children;
      if (active >= 0 && items[active]) { items[active].setAttribute("aria-selected", "false"); }
      active = next;
      if (active >= 0 && items[active]) {
        items[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", items[active].id);
        if (items[active].scrollIntoView) { items[active].scrollIntoView({ block: "nearest" }); }
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(i) {
      var option = options[i];
      if (option) { window.location.assign(option.url); }
    }

    function render(suggestions) {
      options = suggestions;
      list.textContent = "";
      active = -1;
      suggestions.forEach(function (s, i) {
        var item = document.createElement("li");
        item.id = listId + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.setAttribute("data-url", s.url);
        var label = document.createElement("span");
        label.className = "suggestion-label";
        label.textContent = s.label;
        if (s.lang && s.lang !== pageLang && s.kind === "service") { label.lang = s.lang; }
        var kind = document.createElement("span");
        kind.className = "suggestion-kind";
        kind.textContent = (s.kind === "term" ? (messages[s.facet] || "") : (messages[s.kind] || ""));
        item.appendChild(label);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(kind);
        item.addEventListener("mousedown", function (event) { event.preventDefault(); });
        item.addEventListener("click", function () { choose(i); });
        list.appendChild(item);
      });
      if (suggestions.length) {
        open();
        status.textContent = (messages.count || "%(num)s").replace("%(num)s", String(suggestions.length));
      } else {
        close();
        status.textContent = "";
      }
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q.length < MIN_CHARS) { options = []; close(); lastQuery = null; return; }
      if (q === lastQuery) { open(); return; }
      lastQuery = q;
      if (controller) { controller.abort(); }
      controller = window.AbortController ? new AbortController() : null;
      var url = form.getAttribute("data-suggest-url") + "?" + new URLSearchParams({ q: q, lang: form.getAttribute("data-lang") || pageLang, limit: "8" });
      fetch(url, { signal: controller ? controller.signal : undefined, headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) { render(data.suggestions || []); } })
        .catch(function () { /* aborted or offline: the form still submits normally */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var expanded = !list.hidden;
      switch (event.key) {
        case "ArrowDown":
          event.preventDefault();
          if (!expanded) { open(); if (options.length) { highlight(0); } return; }
          highlight(active + 1 >= options.length ? 0 : active + 1);
          break;
        case "ArrowUp":
          event.preventDefault();
          if (!expanded) { open(); if (options.length) { highlight(options.length - 1); } return; }
          highlight(active <= 0 ? options.length - 1 : active - 1);
          break;
        case "Enter":
          if (expanded && active >= 0) { event.preventDefault(); choose(active); }
          break;
        case "Escape":
          if (expanded) { event.preventDefault(); close(); }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", function () { window.setTimeout(close, 100); });
  }

  /* Submit a GET form as a clean URL: no empty fields, no defaults, so the address stays short and shareable. */
  function navigate(form, hash) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value === "" || (key === "sort" && value === "relevance")) { return; }
      params.append(key, value);
    });
    var query = params.toString();
    var action = form.action.split("#")[0].split("?")[0];
    window.location.assign(action + (query ? "?" + query : "") + (hash ? "#" + hash : ""));
  }

  function setupCleanSubmit(form) {
    if (!window.FormData || !window.URLSearchParams) { return; }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      navigate(form, "");
    });
  }

  function setupFilters() {
    var boxes = document.querySelectorAll("input[data-facet]");
    if (!boxes.length) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("[data-apply-filters]"), function (button) { button.hidden = true; });
    Array.prototype.forEach.call(boxes, function (box) {
      box.addEventListener("change", function () {
        var form = box.form;
        if (!form) { return; }
        // The fragment brings focus back to this checkbox on the new page.
        navigate(form, box.id);
      });
    });
    // Back and forward show the page as the server rendered that state, not as it was left.
    window.addEventListener("pageshow", function () {
      Array.prototype.forEach.call(boxes, function (box) { box.checked = box.defaultChecked; });
    });
    var target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    var panel = document.querySelector("details[data-collapse-narrow]");
    var narrow = window.matchMedia ? window.matchMedia("(max-width: 55.99rem)") : null;
    if (panel && narrow) {
      if (narrow.matches && !(target && panel.contains(target))) { panel.open = false; }
      var widen = function (query) { if (!query.matches) { panel.open = true; } };
      if (narrow.addEventListener) { narrow.addEventListener("change", widen); }
    }
    if (target && target.hasAttribute("data-facet")) {
      var parent = target.parentNode;
      while (parent && parent !== document.body) {
        if (parent.tagName === "DETAILS") { parent.open = true; }
        parent = parent.parentNode;
      }
      target.focus();
    }
  }

  function init() {
    var forms = document.querySelectorAll("form[data-suggest-url]");
    Array.prototype.forEach.call(forms, function (form, index) {
      var input = form.querySelector("input[data-autocomplete]");
      if (input && window.fetch && window.URLSearchParams) { setupCombobox(form, input, index); }
      if (form.getAttribute("method") === "get") { setupCleanSubmit(form); }
    });
    setupFilters();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
