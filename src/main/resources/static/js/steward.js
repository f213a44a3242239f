// Sends the CSRF token with every htmx request, so htmx forms work under Spring Security.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Secondary actions sit behind one menu on a phone; on a wider screen, or when one of them was refused, they show.
(function () {
  var wide = window.matchMedia('(min-width: 577px)').matches;
  document.querySelectorAll('details.more-actions').forEach(function (d) {
    if (wide || d.querySelector('.is-invalid, .invalid-feedback.d-block, .alert')) { d.open = true; }
  });
})();

// No inline handlers (the Content-Security-Policy allows scripts from Steward only): a button with
// data-print prints the page, a form with data-confirm asks before it is sent.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) { window.print(); }
});
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) { event.preventDefault(); }
});
