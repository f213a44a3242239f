// Counts deadlines down in the browser: every [data-deadline] cell shows the time left, or the time
// overdue in red, in one wording everywhere ("2天13小时", "3小时5分", "45分"; "2 d 13 h" in English).
// The sentence around it comes from the nearest [data-countdown-left] / [data-countdown-over] element.
(function () {
  var english = (document.documentElement.lang || '').toLowerCase().indexOf('en') === 0;
  function format(pattern, text) { return pattern.replace('{0}', text); }
  function span(minutes) {
    var d = Math.floor(minutes / 1440), h = Math.floor((minutes % 1440) / 60), m = minutes % 60;
    if (english) {
      return d > 0 ? d + ' d' + (h > 0 ? ' ' + h + ' h' : '') : h > 0 ? h + ' h' + (m > 0 ? ' ' + m + ' min' : '') : m + ' min';
    }
    return d > 0 ? d + '天' + (h > 0 ? h + '小时' : '') : h > 0 ? h + '小时' + (m > 0 ? m + '分' : '') : m + '分';
  }
  window.stewardSpan = span;
  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-deadline]').forEach(function (cell) {
      var owner = cell.closest('[data-countdown-left]');
      if (!owner) { return; }
      var minutes = Math.floor((Date.parse(cell.dataset.deadline) - now) / 60000);
      var overdue = minutes < 0;
      cell.textContent = overdue ? format(owner.dataset.countdownOver, span(-minutes)) : format(owner.dataset.countdownLeft, span(minutes));
      cell.classList.toggle('text-danger', overdue);
      cell.classList.toggle('fw-bold', overdue);
    });
  }
  tick();
  setInterval(tick, 1000);
})();
