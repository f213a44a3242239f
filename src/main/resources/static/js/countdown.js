// Counts deadlines down in the browser: every [data-deadline] cell shows the minutes left, or
// the minutes overdue in red. The wording comes from the nearest [data-countdown-left] element.
(function () {
  function format(pattern, n) { return pattern.replace('{0}', String(n)); }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-deadline]').forEach(function (cell) {
      var owner = cell.closest('[data-countdown-left]');
      if (!owner) { return; }
      var minutes = Math.floor((Date.parse(cell.dataset.deadline) - now) / 60000);
      var overdue = minutes < 0;
      cell.textContent = overdue ? format(owner.dataset.countdownOver, -minutes) : format(owner.dataset.countdownLeft, minutes);
      cell.classList.toggle('text-danger', overdue);
      cell.classList.toggle('fw-bold', overdue);
    });
  }
  tick();
  setInterval(tick, 1000);
})();
