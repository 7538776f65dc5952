// Two things Material does not do for this site: swipe between topics on touch screens, and a
// language switch that keeps the page and section (Chinese is the root, English lives under en/).
(function () {
  "use strict";

  const MIN_DISTANCE = 60; // px a finger must travel sideways
  const HORIZONTAL = 2; // ... and at least this many times farther than up or down
  const EDGE = 24; // px at each side of the screen left to the system's own back and forward swipes
  const HINT_KEY = "swipe-hint-dismissed";

  // Where the current page sits; the locator is inside the container that instant navigation replaces.
  function locate() {
    const locator = document.querySelector(".page-locator");
    return {
      root: new URL(locator.dataset.base + "/", location.href),
      path: locator.dataset.path,
    };
  }

  // ---- Language switch ----------------------------------------------------
  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a.md-select__link[data-root-link]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const here = locate();
    const target = new URL(link.dataset.rootLink + here.path, here.root);
    // Sections are anchored alike in both languages (##-level anchors; the build checks them).
    const section = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (section && section.tagName === "H2") target.hash = location.hash;
    event.preventDefault();
    event.stopImmediatePropagation(); // before Material's own handler on <body>
    location.assign(target.href);
  }, true);

  // ---- The home page's search box: a label for Material's search toggle, opened by keyboard too --
  document.addEventListener("keydown", function (event) {
    const box = event.target.closest && event.target.closest(".home-search");
    if (!box || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    box.click();
  });

  // ---- Charts full-screen: a tap or click opens the wide layout in a dialog; Esc, the button or a tap closes it --
  document.addEventListener("click", function (event) {
    const chart = event.target.closest && event.target.closest(".exec-chart .bench-chart");
    if (!chart) return;
    const block = chart.closest(".exec-chart");
    const dialog = document.createElement("dialog");
    dialog.className = "chart-dialog";
    const close = document.createElement("button");
    close.type = "button";
    close.className = "chart-dialog__close";
    close.textContent = block.dataset.close;
    dialog.append(close, chart.parentElement.querySelector(".bench-chart--wide").cloneNode(true));
    dialog.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () { dialog.remove(); });
    document.body.append(dialog);
    dialog.showModal();
  });

  // ---- Swipe between topics -------------------------------------------------
  const IGNORED = "pre, code, table, svg, .exec-chart, .md-typeset__scrollwrap, .tabbed-labels, .md-sidebar, .md-nav, .md-search, .swipe-hint";

  function blocked(target) {
    if (document.getElementById("__drawer").checked || document.getElementById("__search").checked) return true;
    for (let el = target; el && el !== document.body; el = el.parentElement) {
      if (el.matches(IGNORED)) return true;
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow === "auto" || overflow === "scroll") && el.scrollWidth > el.clientWidth) return true;
    }
    return false;
  }

  let start = null;
  document.addEventListener("touchstart", function (event) {
    const touch = event.touches[0];
    const fromEdge = touch.clientX < EDGE || touch.clientX > window.innerWidth - EDGE;
    start = event.touches.length === 1 && !fromEdge && !blocked(event.target)
      ? { x: touch.clientX, y: touch.clientY }
      : null;
  }, { passive: true });

  document.addEventListener("touchend", function (event) {
    if (!start) return;
    const touch = event.changedTouches[0];
    const dx = touch.clientX - start.x;
    const dy = touch.clientY - start.y;
    start = null;
    if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < HORIZONTAL * Math.abs(dy)) return;
    // The footer's previous/next links: the same order as the keyboard's p and n.
    const link = document.querySelector(dx < 0 ? "a.md-footer__link--next" : "a.md-footer__link--prev");
    if (!link) return;
    dismissHint();
    link.click(); // through Material's instant navigation
  }, { passive: true });

  // ---- First-visit hint -------------------------------------------------------
  function dismissHint() {
    try { localStorage.setItem(HINT_KEY, "1"); } catch (error) { /* private mode: show it again next time */ }
    const hint = document.querySelector(".swipe-hint");
    if (hint) hint.hidden = true;
  }

  function offerHint() {
    const hint = document.querySelector(".swipe-hint");
    let dismissed = false;
    try { dismissed = localStorage.getItem(HINT_KEY) === "1"; } catch (error) { /* keep showing */ }
    if (!hint || dismissed || !matchMedia("(pointer: coarse)").matches) return;
    if (!document.querySelector("a.md-footer__link--next, a.md-footer__link--prev")) return;
    hint.hidden = false;
    hint.querySelector(".swipe-hint__dismiss").addEventListener("click", dismissHint);
  }

  // ---- Claim proofs -----------------------------------------------------------------
  // A proof box opens under its mark (CSS, on hover or focus); keep it inside the article's column.
  // It is positioned out of the flow, so moving it shifts nothing else.
  function placeProof(event) {
    const claim = event.target.closest && event.target.closest(".claim");
    const box = claim && claim.querySelector(".claim__proof");
    if (!box || getComputedStyle(box).position !== "absolute") return;  // a phone's bottom sheet needs no help
    box.style.left = "";
    const column = (claim.closest("article") || document.body).getBoundingClientRect();
    const room = column.right - box.getBoundingClientRect().right;
    if (room < 0) {
      const left = parseFloat(getComputedStyle(box).left) + room;
      box.style.left = `${Math.max(left, column.left - claim.getBoundingClientRect().left)}px`;
    }
  }
  document.addEventListener("mouseover", placeProof);
  document.addEventListener("focusin", placeProof);

  // ---- Accessibility ----------------------------------------------------------------
  // Material's search overlay is a dialog without a name; give it its input's (localised) label.
  const dialog = document.querySelector(".md-search[role=dialog]");
  const query = document.querySelector(".md-search__input");
  if (dialog && query && !dialog.hasAttribute("aria-label")) {
    dialog.setAttribute("aria-label", query.getAttribute("aria-label") || query.placeholder);
  }

  // Material re-renders the page body on instant navigation; document$ emits for each page.
  if (window.document$) window.document$.subscribe(offerHint);
  else document.addEventListener("DOMContentLoaded", offerHint);
})();
