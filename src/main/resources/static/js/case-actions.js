// The arrive form reports where the officer is: the browser's position fills hidden fields.
(function () {
  document.querySelectorAll('form[data-geolocate="true"]').forEach(function (form) {
    var status = form.querySelector('.geo-status');
    if (!navigator.geolocation) { if (status) { status.textContent = status.dataset.failed; } return; }
    navigator.geolocation.getCurrentPosition(function (pos) {
      form.querySelector('input[name="lat"]').value = pos.coords.latitude.toFixed(7);
      form.querySelector('input[name="lng"]').value = pos.coords.longitude.toFixed(7);
      if (status) { status.textContent = status.dataset.found; }
    }, function () {
      if (status) { status.textContent = status.dataset.failed; }
    }, { enableHighAccuracy: true, timeout: 15000 });
  });
})();
