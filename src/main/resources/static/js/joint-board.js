// A pushed task row replaces the task's old row: the fragment prepends it (hx-swap-oob afterbegin),
// so the old row with the same id is removed just before the swap.
document.addEventListener('htmx:sseBeforeMessage', function (event) {
  var id = event.detail && event.detail.lastEventId;
  if (id) {
    var old = document.getElementById('task-' + id);
    if (old) { old.remove(); }
  }
  var empty = document.getElementById('joint-empty');
  if (empty) { empty.remove(); }
});
// Changes made while the stream was down are not replayed: after a reconnect the page reloads.
(function () {
  var opened = false;
  document.addEventListener('htmx:sseOpen', function () {
    if (opened) { window.location.reload(); return; }
    opened = true;
    document.getElementById('joint-board').dataset.connected = 'true';
  });
})();
