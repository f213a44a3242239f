// Grid map: draws district, community and grid boundaries from Steward's own GeoJSON and
// answers a click with the locator. Works without any tile server.
(function () {
  var el = document.getElementById('map');
  var messages = document.getElementById('map-messages');
  var english = messages.dataset.lang === 'en';
  var none = messages.dataset.none;
  var map = StewardMap.create(el).setView([34.7985, 113.683], 14);
  var styles = {
    district: { color: '#0d6efd', weight: 3, fill: false },
    street: { color: '#6610f2', weight: 2, dashArray: '6 4', fill: false },
    community: { color: '#198754', weight: 2, fillOpacity: 0.05 },
    grid: { color: '#fd7e14', weight: 1, fillOpacity: 0.08 }
  };
  function name(p) { return english ? (p.nameEn || p.nameZh) : (p.nameZh || p.nameEn); }
  function load(level) {
    return fetch(el.dataset.boundariesUrl + '?level=' + level, { headers: { Accept: 'application/geo+json, application/json' } })
      .then(function (r) { return r.ok ? r.json() : { type: 'FeatureCollection', features: [] }; })
      .then(function (geojson) {
        var layer = L.geoJSON(geojson, {
          style: styles[level],
          interactive: false,
          onEachFeature: function (f, l) {
            if (level === 'community' || level === 'grid') {
              l.bindTooltip(name(f.properties) + ' ' + f.properties.code, { sticky: true });
            }
          }
        }).addTo(map);
        el.dataset['loaded' + level] = String(geojson.features.length);
        return geojson.features.length ? layer.getBounds() : null;
      });
  }
  // Fit once, without animation, after every layer is drawn: the view is then final when the
  // page says it is ready (a click computed earlier could land elsewhere after a late re-fit).
  Promise.all(['district', 'street', 'community', 'grid'].map(load)).then(function (layerBounds) {
    var all = layerBounds.filter(function (b) { return b; });
    if (all.length) {
      var bounds = all[0];
      all.slice(1).forEach(function (b) { bounds = bounds.extend(b); });
      map.fitBounds(bounds, { animate: false });
    }
    el.dataset.ready = 'true';
  });

  var marker = null;
  function text(id, value) { document.getElementById(id).textContent = value; }
  function area(a) { return a ? name(a) + ' (' + a.code + ')' : none; }
  map.on('click', function (e) { locate(e.latlng.lat, e.latlng.lng); });
  // a place chosen in the search box is located like a click there
  el.addEventListener('steward:place', function (e) {
    e.preventDefault();
    map.setView([e.detail.lat, e.detail.lng], 17);
    locate(e.detail.lat, e.detail.lng);
  });
  function locate(lat, lng) {
    if (marker) { marker.remove(); }
    marker = L.circleMarker([lat, lng], { radius: 6, color: '#dc3545' }).addTo(map);
    fetch(el.dataset.locateUrl + '?lat=' + lat.toFixed(7) + '&lng=' + lng.toFixed(7) + '&crs=WGS84',
      { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json().then(function (body) { return { status: r.status, body: body }; }); })
      .then(function (res) {
        document.getElementById('locate-result').classList.remove('d-none');
        var found = res.status === 200;
        document.getElementById('locate-found').classList.toggle('d-none', !found);
        document.getElementById('locate-outside').classList.toggle('d-none', found);
        text('r-point', lat.toFixed(6) + ', ' + lng.toFixed(6) + ' (WGS-84)');
        if (found) {
          var b = res.body;
          text('r-grid', area(b.grid));
          text('r-community', area(b.community));
          text('r-street', area(b.street));
          text('r-district', area(b.district));
          text('r-station', b.station ? name(b.station) : none);
          text('r-officer', b.officer ? b.officer.name : none);
        }
        el.dataset.located = String(res.status);
      });
  }
  // Lets tests and deep links locate a point without a mouse: /map#34.7985,113.6830
  window.stewardLocate = locate;
  window.stewardMap = map;
  if (location.hash.length > 1) {
    var parts = location.hash.substring(1).split(',');
    if (parts.length === 2) { locate(parseFloat(parts[0]), parseFloat(parts[1])); }
  }
})();
