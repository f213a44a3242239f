// Browser notifications of new in-app messages while a Steward page is open (issue 16, part 2).
// The page asks the server every 30 s for in-app messages newer than the last one it saw
// (GET /messages/latest?after=<id>); each new one becomes a Notification if the person allowed them.
// The last id seen is kept in localStorage, so several open tabs (and reloads) do not repeat one.
// A button marked data-notify-permission (on the message settings page) asks for the permission:
// browsers only ask after a click.
(function () {
  'use strict';
  if (!('Notification' in window) || !window.fetch) {
    return;
  }
  var KEY = 'steward.lastMessage';
  var script = document.currentScript;
  var url = script ? script.getAttribute('data-latest') : null;

  document.querySelectorAll('[data-notify-permission]').forEach(function (button) {
    var state = button.parentElement.querySelector('[data-notify-state]');
    function show() {
      if (state) {
        state.textContent = state.getAttribute('data-' + Notification.permission) || Notification.permission;
      }
      button.disabled = Notification.permission !== 'default';
    }
    show();
    button.addEventListener('click', function () {
      Notification.requestPermission().then(show);
    });
  });

  if (!url) {
    return;
  }
  function poll() {
    var last = window.localStorage.getItem(KEY);
    fetch(url + (last ? '?after=' + encodeURIComponent(last) : ''), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) {
        if (!answer) {
          return;
        }
        var seen = Number(window.localStorage.getItem(KEY) || 0);
        if (answer.last > seen) {
          window.localStorage.setItem(KEY, String(answer.last));
        }
        if (Notification.permission !== 'granted') {
          return;
        }
        (answer.messages || []).forEach(function (m) {
          if (m.id <= seen) {
            return;
          }
          var n = new Notification(m.subject, { tag: 'steward-' + m.id });
          n.onclick = function () {
            window.focus();
            if (m.link) {
              window.location.href = m.link;
            }
          };
        });
      })
      .catch(function () { /* offline: the next poll tries again */ });
  }
  poll();
  window.setInterval(poll, 30000);
}());
