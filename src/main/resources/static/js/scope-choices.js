// The account form's scope list shows only the chosen kind's group, so a station cannot be given as a
// district; without script every group shows and the server's check of the code still applies.
(function () {
  var kind = document.getElementById('scopeKind');
  var code = document.getElementById('scopeCode');
  if (!kind || !code) { return; }
  function show() {
    code.querySelectorAll('optgroup').forEach(function (group) {
      var mine = group.dataset.kind === kind.value;
      group.hidden = !mine;
      group.disabled = !mine;
    });
    var chosen = code.options[code.selectedIndex];
    if (chosen && chosen.dataset.kind && chosen.dataset.kind !== kind.value) { code.value = ''; }
  }
  kind.addEventListener('change', show);
  show();
})();
