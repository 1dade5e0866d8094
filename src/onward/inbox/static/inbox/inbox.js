// Onward Inbox: keyboard review (j/k move, x select, a accept, i ignore, e edit) and
// selecting many for a bulk accept. Every action also works without this file.
(function () {
  "use strict";

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-queue] .qitem"));
  }

  function current() {
    return document.querySelector("[data-queue] .qitem.is-current");
  }

  function select(item) {
    if (!item) return;
    items().forEach(function (other) { other.classList.remove("is-current"); });
    item.classList.add("is-current");
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    var list = items();
    if (!list.length) return;
    var index = list.indexOf(current());
    var next = index < 0 ? 0 : Math.min(list.length - 1, Math.max(0, index + step));
    select(list[next]);
  }

  function submit(item, selector) {
    var form = item && item.querySelector(selector);
    if (!form) return;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  function updateCount() {
    var counter = document.querySelector("[data-selected-count]");
    if (!counter) return;
    var chosen = document.querySelectorAll(".qitem__select:checked").length;
    counter.textContent = chosen ? chosen + " selected" : "";
  }

  function isTyping(target) {
    return target instanceof Element && target.closest("input, textarea, select, [contenteditable]") &&
      !(target instanceof HTMLInputElement && target.type === "checkbox");
  }

  document.addEventListener("keydown", function (event) {
    if (!document.querySelector("[data-queue]")) return;
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    var item = current();
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "x":
        var box = item && item.querySelector(".qitem__select");
        if (box) { box.checked = !box.checked; updateCount(); }
        break;
      case "a": submit(item, "[data-accept]"); break;
      case "i": submit(item, "[data-ignore]"); break;
      case "e":
        var edit = item && item.querySelector("[data-edit]");
        if (edit) window.location.assign(edit.href);
        break;
      default: return;
    }
    event.preventDefault();
  });

  document.addEventListener("click", function (event) {
    var item = event.target instanceof Element ? event.target.closest("[data-queue] .qitem") : null;
    if (item && !item.classList.contains("is-current")) {
      items().forEach(function (other) { other.classList.remove("is-current"); });
      item.classList.add("is-current");
    }
  });

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    if (target.hasAttribute("data-select-all")) {
      document.querySelectorAll(".qitem__select").forEach(function (box) { box.checked = target.checked; });
    }
    if (target.hasAttribute("data-select-all") || target.classList.contains("qitem__select")) updateCount();
  });

  // After accepting or ignoring one (htmx swaps the row), the next one waiting is current.
  document.addEventListener("htmx:afterSwap", function (event) {
    var swapped = event.target instanceof Element ? event.target : null;
    if (!swapped || !document.querySelector("[data-queue]")) return;
    var row = document.getElementById(swapped.id) || swapped;
    if (!row.classList || !row.classList.contains("qitem")) return;
    var list = items();
    var index = list.indexOf(row);
    var next = list.slice(index + 1).concat(list.slice(0, index)).find(function (item) {
      return !item.classList.contains("qitem--decided");
    });
    if (next) select(next);
  });

  function init() {
    var list = items();
    if (list.length) list[0].classList.add("is-current");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
