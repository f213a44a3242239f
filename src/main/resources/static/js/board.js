// A pushed row replaces the case's old row: the fragment prepends it (hx-swap-oob afterbegin),
// so the old row with the same id is removed just before the swap. Event ids are
// "<case number>@<version>": a row older than the one shown (a replay may repeat one) is skipped.
(function () {
  var versions = {};
  var board = document.getElementById('board');
  var stream = board && board.querySelector('[sse-connect]');

  // Where the stream resumes: a stream opened anew (after the browser gave up reconnecting by
  // itself) asks the server for what came after the last row seen here.
  function remember(id) {
    if (!stream) { return; }
    var url = stream.getAttribute('sse-connect').replace(/([?&])lastEventId=[^&]*(&|$)/, '$1').replace(/[?&]$/, '');
    stream.setAttribute('sse-connect', url + (url.indexOf('?') < 0 ? '?' : '&') + 'lastEventId=' + encodeURIComponent(id));
  }

  document.addEventListener('htmx:sseBeforeMessage', function (event) {
    var id = event.detail && event.detail.lastEventId;
    if (!id || event.detail.type !== 'case') { return; }
    var at = id.lastIndexOf('@');
    var key = at < 0 ? id : id.substring(0, at);
    var version = at < 0 ? NaN : Number(id.substring(at + 1));
    if (!isNaN(version)) {
      if (versions[key] !== undefined && version < versions[key]) { event.preventDefault(); return; }
      versions[key] = version;
    }
    remember(id);
    var old = document.getElementById('case-' + key);
    if (old) { old.remove(); }
    var empty = document.getElementById('board-empty');
    if (empty) { empty.remove(); }
  });

  // The server says what was missed is no longer kept (or too much piled up): draw the board anew.
  function reset() { window.location.reload(); }

  document.addEventListener('htmx:sseOpen', function (event) {
    var source = event.detail && event.detail.source;
    if (source) { source.addEventListener('reset', reset); }
    if (board) { board.dataset.connected = 'true'; }
  });
})();
