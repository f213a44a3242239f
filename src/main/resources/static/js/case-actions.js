// The arrive form reports where the officer is. The browser's position fills the coordinates;
// without one (no GPS, permission refused, desktop) the officer clicks the spot on a small map of
// our own GeoJSON boundaries or types the coordinates. The form is not sent without a position:
// the server would refuse it anyway.
(function () {
  var gridStyle = { color: '#fd7e14', weight: 1, fillOpacity: 0.06 };
  var communityStyle = { color: '#198754', weight: 2, fillOpacity: 0.04 };
  document.querySelectorAll('form[data-geolocate="true"]').forEach(function (form) {
    var status = form.querySelector('.geo-status');
    var lat = form.querySelector('input[name="lat"]');
    var lng = form.querySelector('input[name="lng"]');
    var mapEl = form.querySelector('.geo-map');
    var missing = form.querySelector('.geo-missing');
    var pick = form.querySelector('.geo-pick');
    var map = null;
    var marker = null;
    function say(text) { if (status && text) { status.textContent = text; } }
    function has() { return lat.value !== '' && lng.value !== '' && lat.checkValidity() && lng.checkValidity(); }
    function place() {
      if (!map || !has()) { return; }
      var at = [parseFloat(lat.value), parseFloat(lng.value)];
      if (marker) { marker.setLatLng(at); } else { marker = L.marker(at).addTo(map); }
    }
    function set(la, ln, message) {
      lat.value = la.toFixed(7);
      lng.value = ln.toFixed(7);
      lat.classList.remove('is-invalid');
      lng.classList.remove('is-invalid');
      if (missing) { missing.classList.remove('d-block'); }
      say(message);
      place();
    }
    function showMap() {
      if (!mapEl || map || typeof L === 'undefined') { return; }
      mapEl.classList.remove('d-none');
      var la = has() ? parseFloat(lat.value) : parseFloat(mapEl.dataset.lat);
      var ln = has() ? parseFloat(lng.value) : parseFloat(mapEl.dataset.lng);
      map = StewardMap.create(mapEl).setView([la, ln], 17);
      ['community', 'grid'].forEach(function (level) {
        fetch(mapEl.dataset.boundariesUrl + '?level=' + level, { headers: { Accept: 'application/geo+json, application/json' } })
          .then(function (r) { return r.ok ? r.json() : { type: 'FeatureCollection', features: [] }; })
          .then(function (geojson) {
            L.geoJSON(geojson, { style: level === 'grid' ? gridStyle : communityStyle, interactive: false }).addTo(map);
          });
      });
      map.on('click', function (e) { set(e.latlng.lat, e.latlng.lng, status && status.dataset.picked); });
      place();
      mapEl.dataset.ready = 'true';
    }
    if (pick) { pick.addEventListener('click', showMap); }
    [lat, lng].forEach(function (input) { input.addEventListener('change', place); });
    form.addEventListener('submit', function (e) {
      if (!has()) {
        e.preventDefault();
        lat.classList.add('is-invalid');
        lng.classList.add('is-invalid');
        if (missing) { missing.classList.add('d-block'); }
        showMap();
      }
    });
    if (!navigator.geolocation) { say(status && status.dataset.failed); showMap(); return; }
    navigator.geolocation.getCurrentPosition(function (pos) {
      if (!has()) { set(pos.coords.latitude, pos.coords.longitude, status && status.dataset.found); }
    }, function () {
      say(status && status.dataset.failed);
      showMap();
    }, { enableHighAccuracy: true, timeout: 15000 });
  });
})();

// The camera button of the "before" photos says how many are chosen (its file input is hidden behind it).
(function () {
  document.querySelectorAll('input.photo-input[data-count-target]').forEach(function (input) {
    var count = document.getElementById(input.dataset.countTarget);
    input.addEventListener('change', function () {
      if (count) { count.textContent = input.files && input.files.length ? '(' + input.files.length + ')' : ''; }
    });
  });
})();
