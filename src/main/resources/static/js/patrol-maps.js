// The coverage map (grids coloured by time since their last patrol) and the warning map (one marker per
// listed warning), drawn on Steward's own boundaries: no tile server needed.
(function () {
  function boundaries(el, style) {
    return fetch(el.dataset.boundariesUrl + '?level=grid', { headers: { Accept: 'application/geo+json, application/json' } })
      .then(function (r) { return r.ok ? r.json() : { type: 'FeatureCollection', features: [] }; })
      .then(function (geojson) { return geojson; });
  }
  var coverage = document.getElementById('coverage-map');
  if (coverage && typeof L !== 'undefined') {
    var hours = JSON.parse(document.getElementById('coverage-data').textContent);
    var map = StewardMap.create(coverage).setView([34.7985, 113.683], 14);
    boundaries(coverage).then(function (geojson) {
      var layer = L.geoJSON(geojson, {
        filter: function (f) { return Object.prototype.hasOwnProperty.call(hours, f.properties.code); },
        style: function (f) {
          var h = hours[f.properties.code];
          var colour = h === null ? '#dc3545' : h < 24 ? '#198754' : h < 72 ? '#ffc107' : h < 168 ? '#fd7e14' : '#dc3545';
          return { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.35 };
        },
        onEachFeature: function (f, l) {
          var h = hours[f.properties.code];
          l.bindTooltip(f.properties.nameZh + ' ' + f.properties.code + (h === null ? '' : ' · ' + Math.round(h) + ' h'));
        }
      }).addTo(map);
      if (layer.getLayers().length) { map.fitBounds(layer.getBounds(), { animate: false }); }
      coverage.dataset.grids = String(layer.getLayers().length);
      coverage.dataset.ready = 'true';
    });
  }
  var warnings = document.getElementById('warnings-map');
  if (warnings && typeof L !== 'undefined') {
    var wmap = StewardMap.create(warnings).setView([34.7985, 113.683], 13);
    boundaries(warnings).then(function (geojson) {
      L.geoJSON(geojson, { interactive: false, style: { color: '#fd7e14', weight: 1, fillOpacity: 0.04 } }).addTo(wmap);
    });
    var markers = [];
    document.querySelectorAll('.warning-row').forEach(function (row) {
      var lat = parseFloat(row.dataset.lat), lng = parseFloat(row.dataset.lng);
      if (isNaN(lat) || isNaN(lng)) { return; }
      markers.push(L.circleMarker([lat, lng], { radius: 9, color: row.dataset.kind === 'HOTSPOT' ? '#dc3545' : '#6f42c1', fillOpacity: 0.6 })
        .bindTooltip(row.dataset.label)
        .on('click', function () { window.location.href = row.dataset.href; })
        .addTo(wmap));
    });
    if (markers.length) { wmap.fitBounds(L.featureGroup(markers).getBounds().pad(0.4), { maxZoom: 15, animate: false }); }
    warnings.dataset.markers = String(markers.length);
  }
})();
