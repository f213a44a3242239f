// A pushed row replaces the case's old row: the fragment prepends it (hx-swap-oob afterbegin),
// so the old row with the same id is removed just before the swap.
document.addEventListener('htmx:sseBeforeMessage', function (event) {
  var id = event.detail && event.detail.lastEventId;
  if (id) {
    var old = document.getElementById('case-' + id);
    if (old) { old.remove(); }
  }
  var empty = document.getElementById('board-empty');
  if (empty) { empty.remove(); }
});
// Changes made while the stream was down are not replayed: after a reconnect the board
// reloads its rows once the server answers again.
(function () {
  var opened = false;
  document.addEventListener('htmx:sseOpen', function () {
    if (opened) { window.location.reload(); return; }
    opened = true;
    document.getElementById('board').dataset.connected = 'true';
  });
})();
