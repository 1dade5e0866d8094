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

  function replaceBoard(html, focusId) {
    var board = document.getElementById("board");
    if (!board) return;
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var fresh = holder.querySelector("#board");
    if (!fresh) { window.location.reload(); return; }
    board.replaceWith(fresh);
    if (window.htmx) window.htmx.process(fresh);
    focusCard(focusId);
  }

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

  function columnOf(target) {
    return target instanceof Element ? target.closest(".kcolumn") : null;
  }

  function clearMarks() {
    document.querySelectorAll(".kcolumn.is-target, .kcolumn.is-over").forEach(function (col) {
      col.classList.remove("is-target", "is-over");
    });
  }

  document.addEventListener("dragstart", function (event) {
    var card = event.target instanceof Element ? event.target.closest(".kcard") : null;
    if (!card) return;
    dragged = card;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.dataset.application);
    card.classList.add("is-dragging");
    var allowed = (card.dataset.allowed || "").split(" ");
    document.querySelectorAll(".kcolumn").forEach(function (col) {
      if (allowed.indexOf(col.dataset.stage) >= 0) col.classList.add("is-target");
    });
  });

  document.addEventListener("dragover", function (event) {
    var col = columnOf(event.target);
    if (!dragged || !col || col.dataset.stage === dragged.dataset.stage) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    document.querySelectorAll(".kcolumn.is-over").forEach(function (other) {
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
    var stage = col.dataset.stage;
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

  // After an htmx move button on the board, keep focus on the card that moved.
  var lastMoved = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var card = event.target instanceof Element ? event.target.closest(".kcard") : null;
    lastMoved = card ? card.dataset.application : null;
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    if (lastMoved && event.target && event.target.id === "board") focusCard(lastMoved);
    lastMoved = null;
  });

  function init() {
    document.querySelectorAll("form[data-move-form]").forEach(setupMoveForm);
    if (window.htmx) document.documentElement.classList.add("js-htmx");
    if (document.getElementById("board")) document.documentElement.classList.add("js-dnd");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
