// Report form: pick the spot on our own GeoJSON boundaries (no tile server needed) or from the
// device's position, and offer "same problem? add your voice" for open cases close by.
(function () {
  var el = document.getElementById('report-map');
  if (!el) { return; }
  var messages = document.getElementById('report-messages').dataset;
  var english = messages.lang === 'en';
  var statusNames = {};
  document.querySelectorAll('[data-status]').forEach(function (s) { statusNames[s.dataset.status] = s.textContent; });
  var latInput = document.getElementById('lat');
  var lngInput = document.getElementById('lng');
  var category = document.getElementById('categoryCode');
  var spotText = document.getElementById('spot-text');
  // an emergency category puts "call 119 / 110 / 120 first" in front of the reporter at once
  var emergency = document.getElementById('emergency-notice');
  if (emergency && category) {
    var emergencyCodes = (emergency.dataset.codes || '').split(' ');
    category.addEventListener('change', function () {
      emergency.classList.toggle('d-none', emergencyCodes.indexOf(category.value) < 0);
    });
  }
  var map = StewardMap.create(el).setView([34.7985, 113.683], 14);
  var styles = {
    community: { color: '#198754', weight: 2, fillOpacity: 0.05 },
    grid: { color: '#fd7e14', weight: 1, fillOpacity: 0.06 }
  };
  function name(p) { return english ? (p.nameEn || p.nameZh) : (p.nameZh || p.nameEn); }
  var fitted = false;
  ['community', 'grid'].forEach(function (level) {
    fetch(el.dataset.boundariesUrl + '?level=' + level, { headers: { Accept: 'application/geo+json, application/json' } })
      .then(function (r) { return r.ok ? r.json() : { type: 'FeatureCollection', features: [] }; })
      .then(function (geojson) {
        var layer = L.geoJSON(geojson, {
          style: styles[level], interactive: false,
          onEachFeature: function (f, l) { if (level === 'community') { l.bindTooltip(name(f.properties)); } }
        }).addTo(map);
        if (geojson.features.length && !fitted && !latInput.value) { map.fitBounds(layer.getBounds()); fitted = true; }
      });
  });

  var marker = null;
  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (m, i) { return values[+i]; });
  }
  function choose(lat, lng, pan) {
    latInput.value = lat.toFixed(7);
    lngInput.value = lng.toFixed(7);
    if (marker) { marker.setLatLng([lat, lng]); } else { marker = L.marker([lat, lng]).addTo(map); }
    if (pan) { map.setView([lat, lng], 17); }
    spotText.textContent = format(messages.spotChosen, [lat.toFixed(6) + ', ' + lng.toFixed(6)]);
    nearby();
  }
  map.on('click', function (e) { choose(e.latlng.lat, e.latlng.lng, false); });
  // a place chosen in the search box is the spot (the reporter can still click to refine it)
  el.addEventListener('steward:place', function (e) {
    e.preventDefault();
    choose(e.detail.lat, e.detail.lng, true);
  });
  if (latInput.value && lngInput.value) {
    choose(parseFloat(latInput.value), parseFloat(lngInput.value), true);
  }

  document.getElementById('use-my-location').addEventListener('click', function () {
    if (!navigator.geolocation) { spotText.textContent = messages.locationFailed; return; }
    spotText.textContent = messages.locating;
    navigator.geolocation.getCurrentPosition(
      function (pos) { choose(pos.coords.latitude, pos.coords.longitude, true); },
      function () { spotText.textContent = messages.locationFailed; },
      { enableHighAccuracy: true, timeout: 15000 });
  });

  var form = document.getElementById('report-form');
  var joinField = document.getElementById('join-case');
  // A page restored from the back/forward cache must not keep a join chosen earlier.
  window.addEventListener('pageshow', function () { joinField.value = ''; });
  var box = document.getElementById('nearby');
  var list = document.getElementById('nearby-list');
  function nearby() {
    if (!category.value || !latInput.value) { box.classList.add('d-none'); return; }
    var url = el.dataset.nearbyUrl + '?category=' + encodeURIComponent(category.value) +
      '&lat=' + latInput.value + '&lng=' + lngInput.value + '&crs=WGS84';
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (cases) {
        list.textContent = '';
        cases.forEach(function (c) {
          var li = document.createElement('li');
          li.className = 'd-flex flex-wrap justify-content-between align-items-center gap-2 border-top py-2';
          var text = document.createElement('span');
          text.textContent = format(c.supporters === 1 ? messages.itemOne : messages.item,
            [statusNames[c.status] || c.status, Math.round(c.distanceMetres), c.supporters]);
          // Not a submit button: the form's default button (what Enter presses) must stay "send report",
          // so joining is a deliberate click that fills the hidden joinCase field and submits.
          var join = document.createElement('button');
          join.type = 'button';
          join.name = 'joinCase';
          join.value = c.joinCode;
          join.className = 'btn btn-sm btn-warning';
          join.textContent = messages.join;
          join.addEventListener('click', function () {
            joinField.value = c.joinCode;
            if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
          });
          li.appendChild(text);
          li.appendChild(join);
          list.appendChild(li);
        });
        box.classList.toggle('d-none', cases.length === 0);
        el.dataset.nearby = String(cases.length);
      });
  }
  category.addEventListener('change', nearby);
  window.stewardChooseSpot = choose;
})();
