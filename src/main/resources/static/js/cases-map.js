// The listed cases on our own boundaries (no tile server needed): one marker per table row.
(function () {
  var el = document.getElementById('cases-map');
  if (!el || typeof L === 'undefined') { return; }
  var map = StewardMap.create(el).setView([34.7985, 113.683], 14);
  ['community', 'grid'].forEach(function (level) {
    fetch(el.dataset.boundariesUrl + '?level=' + level, { headers: { Accept: 'application/geo+json, application/json' } })
      .then(function (r) { return r.ok ? r.json() : { type: 'FeatureCollection', features: [] }; })
      .then(function (geojson) {
        L.geoJSON(geojson, {
          interactive: false,
          style: level === 'community' ? { color: '#198754', weight: 2, fillOpacity: 0.04 } : { color: '#fd7e14', weight: 1, fillOpacity: 0.05 }
        }).addTo(map);
      });
  });
  var markers = [];
  document.querySelectorAll('tr.case-row').forEach(function (row) {
    var lat = parseFloat(row.dataset.lat), lng = parseFloat(row.dataset.lng);
    if (isNaN(lat) || isNaN(lng) || (lat === 0 && lng === 0)) { return; }
    var m = L.circleMarker([lat, lng], { radius: 7, color: row.classList.contains('table-danger') ? '#dc3545' : '#0d6efd' })
      .bindTooltip(row.dataset.number)
      .on('click', function () { window.location.href = '/cases/' + row.dataset.number; })
      .addTo(map);
    markers.push(m);
  });
  if (markers.length) { map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 15 }); }
  el.dataset.markers = String(markers.length);
})();
