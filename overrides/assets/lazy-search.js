// Material requests the search index as soon as a page loads, although most readers never search
// (it is about 350 kB compressed in Chinese, 210 kB in English). Loaded before Material's bundle,
// this holds that one request back until the reader reaches for search: focus in the search box, the
// search button, or a key that opens it. A page opened from a search result (?h=) needs the index at
// once, for highlighting.
(function () {
  const INDEX = /search\/search_index\.json$/;
  const held = new Map();  // request -> the arguments of its send()
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  let wanted = new URLSearchParams(location.search).has("h");

  function release() {
    if (wanted) return;
    wanted = true;
    for (const [request, args] of held) send.apply(request, args);
    held.clear();
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    if (INDEX.test(String(url))) held.set(this, null);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (wanted || !held.has(this)) return send.apply(this, arguments);
    held.set(this, arguments);
  };

  document.addEventListener("focusin", event => {
    if (event.target.matches?.("input.md-search__input")) release();
  }, true);
  document.addEventListener("change", event => {
    if (event.target.id === "__search" && event.target.checked) release();
  }, true);
  document.addEventListener("keydown", event => {
    if (["/", "s", "f", "S", "F"].includes(event.key)) release();  // Material's shortcuts for search
  }, true);
})();
