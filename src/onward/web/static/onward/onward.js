// Onward: small progressive enhancements. Every core form works without this file.
(function () {
  "use strict";

  // htmx swaps 400 responses too: they carry the form or board with its error message.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // --- move form: the interview kind only matters when moving to an interview ------------
  function setupMoveForm(form) {
    var stage = form.querySelector("select[name=stage]");
    var kind = form.querySelector("[name=interview_kind]");
    var field = kind && kind.closest(".field");
    if (!stage || !field) return;
    var sync = function () { field.hidden = stage.value !== "interview"; };
    stage.addEventListener("change", sync);
    sync();
  }

  // --- board: drag a card onto a column ---------------------------------------------------
  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (error) {
      return "";
    }
  }

  function showBoardError(text) {
    var board = document.getElementById("board");
    if (!board) return;
    var old = board.querySelector(".message");
    if (old) old.remove();
    var message = document.createElement("p");
    message.className = "message message--error";
    message.setAttribute("role", "alert");
    message.textContent = text;
    board.prepend(message);
  }

  // Which closed groups are unfolded, and how far the columns are scrolled: kept when the
  // board is replaced after a move or a quick add.
  function boardState() {
    var scroller = document.querySelector("[data-board-scroll]");
    var open = [];
    document.querySelectorAll("#board details.kgroup[open]").forEach(function (group) {
      open.push(group.dataset.drop);
    });
    return { open: open, left: scroller ? scroller.scrollLeft : 0 };
  }

  function restoreBoard(state) {
    if (!state) return;
    state.open.forEach(function (stage) {
      var group = document.querySelector('#board details.kgroup[data-drop="' + stage + '"]');
      if (group) group.open = true;
    });
    var scroller = document.querySelector("[data-board-scroll]");
    if (scroller) scroller.scrollLeft = state.left;
    setupBoardScroll();
  }

  function replaceBoard(html, focusId) {
    var board = document.getElementById("board");
    if (!board) return;
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var fresh = holder.querySelector("#board");
    if (!fresh) { window.location.reload(); return; }
    var state = boardState();
    board.replaceWith(fresh);
    if (window.htmx) window.htmx.process(fresh);
    restoreBoard(state);
    focusCard(focusId);
  }

  // --- board: the row of columns scrolls sideways; fades and arrows show there is more ---
  function setupBoardScroll() {
    var scroller = document.querySelector("[data-board-scroll]");
    var frame = scroller && scroller.closest("[data-board-frame]");
    if (!frame) return;
    var sync = function () {
      var max = scroller.scrollWidth - scroller.clientWidth;
      var back = scroller.scrollLeft > 2;
      var next = scroller.scrollLeft < max - 2;
      frame.classList.toggle("is-more-back", back);
      frame.classList.toggle("is-more-next", next);
      frame.querySelectorAll("[data-board-nudge]").forEach(function (button) {
        button.hidden = button.getAttribute("data-board-nudge") === "-1" ? !back : !next;
      });
    };
    if (!scroller.dataset.watched) {
      scroller.dataset.watched = "1";
      scroller.addEventListener("scroll", sync, { passive: true });
    }
    sync();
  }

  window.addEventListener("resize", setupBoardScroll);

  function focusCard(id) {
    var link = id && document.querySelector('.kcard[data-application="' + id + '"] .kcard__title a');
    if (link) link.focus({ preventScroll: false });
  }

  function postMove(card, stage) {
    var body = new FormData();
    body.append("stage", stage);
    body.append("return", "board");
    return fetch(card.dataset.moveUrl, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), "HX-Request": "true", "HX-Target": "board" },
    }).then(function (response) {
      var redirect = response.headers.get("HX-Redirect");
      if (redirect) { window.location.assign(redirect); return; }
      if (response.status === 200 || response.status === 400) {
        return response.text().then(function (html) { replaceBoard(html, card.dataset.application); });
      }
      showBoardError("That move did not go through. Reload the page and try again.");
    }).catch(function () {
      showBoardError("Could not reach Onward. Check the connection and try again.");
    });
  }

  var dragged = null;

  // A drop zone is a column or a closed group: [data-drop] names its stage.
  function columnOf(target) {
    return target instanceof Element ? target.closest("[data-drop]") : null;
  }

  function clearMarks() {
    document.querySelectorAll("[data-drop].is-target, [data-drop].is-over").forEach(function (col) {
      col.classList.remove("is-target", "is-over");
    });
  }

  document.addEventListener("dragstart", function (event) {
    var card = event.target instanceof Element ? event.target.closest(".kcard") : null;
    if (!card || card.getAttribute("draggable") !== "true") return;
    dragged = card;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.dataset.application);
    card.classList.add("is-dragging");
    var allowed = (card.dataset.allowed || "").split(" ");
    document.querySelectorAll("[data-drop]").forEach(function (col) {
      if (allowed.indexOf(col.dataset.drop) >= 0) col.classList.add("is-target");
    });
  });

  document.addEventListener("dragover", function (event) {
    var col = columnOf(event.target);
    if (!dragged || !col || col.dataset.drop === dragged.dataset.stage) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    document.querySelectorAll("[data-drop].is-over").forEach(function (other) {
      if (other !== col) other.classList.remove("is-over");
    });
    col.classList.add("is-over");
  });

  document.addEventListener("drop", function (event) {
    var col = columnOf(event.target);
    var card = dragged;
    if (!card || !col) return;
    event.preventDefault();
    clearMarks();
    var stage = col.dataset.drop;
    if (stage === card.dataset.stage) return;
    if (stage === "rejected") {
      window.location.assign(card.dataset.rejectUrl);  // a rejection needs its details
      return;
    }
    postMove(card, stage);
  });

  document.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("is-dragging");
    dragged = null;
    clearMarks();
  });

  // After an htmx move button or quick add on the board, keep the unfolded groups and
  // the scroll position, and the focus on the card that moved.
  var lastMoved = null;
  var lastState = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var inBoard = event.target instanceof Element && event.target.closest("#board");
    var card = inBoard ? event.target.closest(".kcard") : null;
    lastMoved = card ? card.dataset.application : null;
    lastState = inBoard ? boardState() : null;
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target && event.target.id === "board") {
      restoreBoard(lastState);
      if (lastMoved) focusCard(lastMoved);
    }
    lastMoved = null;
    lastState = null;
  });

  document.addEventListener("click", function (event) {
    var nudge = event.target instanceof Element ? event.target.closest("[data-board-nudge]") : null;
    var scroller = nudge && document.querySelector("[data-board-scroll]");
    if (!scroller) return;
    var column = scroller.querySelector(".kcolumn");
    var step = column ? column.getBoundingClientRect().width + 10 : 240;
    var direction = parseInt(nudge.getAttribute("data-board-nudge"), 10) || 1;
    var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    scroller.scrollBy({ left: direction * step, behavior: smooth ? "smooth" : "auto" });
  });

  // --- growth: progressive touches ------------------------------------------------------
  function showJsOnly(root) {
    (root || document).querySelectorAll(".js-only[hidden]").forEach(function (el) {
      el.hidden = false;
    });
  }

  // "Add another" rows of a Django formset: clone its <template>, bump TOTAL_FORMS.
  function addRow(prefix) {
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    var template = document.getElementById(prefix + "-template");
    var rows = document.querySelector('[data-rows="' + prefix + '"]');
    if (!total || !template || !rows) return;
    var index = parseInt(total.value, 10) || 0;
    var html = template.innerHTML.replace(/__prefix__/g, String(index)).replace(/__num__/g, String(index + 1));
    var holder = document.createElement("div");
    holder.innerHTML = html.trim();
    var row = holder.firstElementChild;
    if (!row) return;
    rows.appendChild(row);
    total.value = String(index + 1);
    var first = row.querySelector("input:not([type=hidden]):not([type=radio]), select, textarea");
    if (first) first.focus();
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (error) { ok = false; }
    area.remove();
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function draftParts(form) {
    var get = function (name) {
      var field = form.querySelector("[name=" + name + "]");
      return field ? field.value : "";
    };
    return { subject: get("subject"), body: get("body"), to: get("contact_email") };
  }

  function syncMailto(form) {
    var link = form.querySelector("[data-mailto]");
    if (!link) return;
    var d = draftParts(form);
    link.href = "mailto:" + encodeURIComponent(d.to).replace(/%40/g, "@") +
      "?subject=" + encodeURIComponent(d.subject) + "&body=" + encodeURIComponent(d.body);
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var add = target.closest("[data-add-row]");
    if (add) { event.preventDefault(); addRow(add.getAttribute("data-add-row")); return; }
    var copy = target.closest("[data-copy]");
    if (copy) {
      var form = copy.closest("form");
      var status = form && form.querySelector(".draft__copied");
      copyText(draftParts(form).body).then(function () {
        if (status) status.textContent = "Copied the message. Paste it into your email, with the subject above.";
      }, function () {
        if (status) status.textContent = "Could not copy here: select the message and copy it by hand.";
      });
      return;
    }
    var copyFrom = target.closest("[data-copy-from]");
    if (copyFrom) {
      var source = document.getElementById(copyFrom.getAttribute("data-copy-from"));
      var holder = copyFrom.closest(".message, form, section") || document;
      var note = holder.querySelector("[data-copy-status]");
      if (!source) return;
      copyText(source.textContent.trim()).then(function () {
        if (note) note.textContent = "Copied. Paste it where your script keeps its secrets.";
      }, function () {
        if (note) note.textContent = "Could not copy here: select the token and copy it by hand.";
      });
      return;
    }
    var useZone = target.closest("[data-zone-use]");
    if (useZone) {
      var zoneInput = document.querySelector("[data-zone-input]");
      if (zoneInput) { zoneInput.value = useZone.dataset.zone; zoneInput.focus(); }
      var suggestion = useZone.closest("[data-zone-suggest]");
      if (suggestion) suggestion.hidden = true;
      return;
    }
    var dismiss = target.closest("[data-dismiss]");
    if (dismiss) {
      var banner = dismiss.closest("[data-celebrate]");
      if (banner) banner.remove();
    }
  });

  document.addEventListener("input", function (event) {
    var form = event.target instanceof Element ? event.target.closest("form[data-draft]") : null;
    if (form) syncMailto(form);
  });

  // Feedback themes: once a box is touched, the user's choice wins over new suggestions.
  document.addEventListener("change", function (event) {
    var box = event.target instanceof Element ? event.target.closest("#feedback-themes input[type=checkbox]") : null;
    if (!box) return;
    var flag = document.querySelector("#feedback-themes [name=themes_edited]");
    if (flag) flag.value = "True";
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    showJsOnly(event.target instanceof Element ? event.target.parentElement || event.target : null);
  });

  // A swapped-in note (e.g. "Hid SQL from your gaps. Undo") takes the focus, so keyboard
  // and screen reader users are not left on a button that is gone.
  document.addEventListener("htmx:afterSettle", function () {
    var note = document.querySelector("[data-autofocus]");
    if (!note) return;
    note.removeAttribute("data-autofocus");
    note.focus();
  });

  // --- header: on a narrow screen the main nav scrolls sideways; keep the current link and
  // the focused one in view (clear of the edge shadows), without moving the page itself.
  function revealInNav(link) {
    var nav = link && link.closest(".site-nav");
    if (!nav || nav.scrollWidth <= nav.clientWidth) return;
    var edge = 24;
    var outer = nav.getBoundingClientRect();
    var box = link.getBoundingClientRect();
    if (box.left < outer.left + edge) nav.scrollLeft -= outer.left + edge - box.left;
    else if (box.right > outer.right - edge) nav.scrollLeft += box.right - (outer.right - edge);
  }

  document.addEventListener("focusin", function (event) {
    var link = event.target instanceof Element ? event.target.closest(".site-nav a") : null;
    if (link) revealInNav(link);
  });

  // --- account: the time zone list puts this device's zone and its offset's zones first --
  function offsetText(minutes) {
    var sign = minutes >= 0 ? "+" : "-";
    var abs = Math.abs(minutes);
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return "UTC" + sign + pad(Math.floor(abs / 60)) + ":" + pad(abs % 60);
  }

  function setupZoneInput(input) {
    var list = input.list;
    var zone = "";
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (error) { zone = ""; }
    if (!list) return;
    var offset = offsetText(-new Date().getTimezoneOffset());
    var mine = null;
    var same = [];
    // The widely used zones come first in the list; promote those of this device's offset.
    Array.prototype.forEach.call(list.options, function (option, index) {
      if (option.value === zone) mine = option;
      else if (index < 80 && option.textContent === offset) same.push(option);
    });
    same.reverse().forEach(function (option) { list.prepend(option); });
    if (mine) list.prepend(mine);
    var suggest = input.closest(".field") && input.closest(".field").querySelector("[data-zone-suggest]");
    var button = suggest && suggest.querySelector("[data-zone-use]");
    // Nothing to suggest when the zone is set already (or empty means the same zone).
    var current = input.value || input.dataset.defaultZone || "";
    if (!mine || !button || current === zone) return;
    button.dataset.zone = zone;
    button.textContent = "Use this device's time zone: " + zone;
    suggest.hidden = false;
  }

  function init() {
    showJsOnly();
    revealInNav(document.querySelector(".site-nav [aria-current=page]"));
    document.querySelectorAll("form[data-move-form]").forEach(setupMoveForm);
    document.querySelectorAll("[data-zone-input]").forEach(setupZoneInput);
    if (window.htmx) document.documentElement.classList.add("js-htmx");
    if (document.getElementById("board")) {
      document.documentElement.classList.add("js-dnd");
      setupBoardScroll();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
