// Analytics charts (ECharts) and the grid heat map (Leaflet, own GeoJSON, no tiles). The data
// comes from JSON blocks the pages render (<script type="application/json">), so no inline
// script runs: the pages work under the Content-Security-Policy (script-src 'self').
(function () {
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === 'undefined') { return; }
    var c = echarts.init(el);
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
  }

  var trend = data('trend-data');
  if (trend) {
    chart('trend-chart', {
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 40, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: trend.periods }, yAxis: { type: 'value', min: 0, max: 100 },
      series: Object.keys(trend.series).map(function (name) {
        return { name: name, type: 'line', connectNulls: true, data: trend.series[name] };
      })
    });
  }

  var radar = data('radar-data');
  if (radar) {
    chart('radar-chart', {
      tooltip: {}, legend: { top: 0 },
      radar: { indicator: radar.indicators.map(function (n) { return { name: n, max: 100 }; }) },
      series: [{ type: 'radar', data: radar.series }]
    });
  }

  var savings = data('savings-data');
  if (savings) {
    var series = [];
    savings.groups.forEach(function (g) {
      var name = savings.names[g.name] || g.name;
      series.push({ name: name + ' P50', type: 'bar', data: g.stats.map(function (s) { return s.median; }) });
      series.push({ name: name + ' P90', type: 'bar', data: g.stats.map(function (s) { return s.p90; }) });
    });
    chart('savings-chart', {
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 60, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: savings.steps }, yAxis: { type: 'value', name: savings.axis }, series: series
    });
  }

  var weekly = data('weekly-data');
  if (weekly) {
    chart('weekly-chart', {
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 40, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: weekly.weeks }, yAxis: { type: 'value' },
      series: Object.keys(weekly.series).map(function (n) { return { name: n, type: 'line', data: weekly.series[n] }; })
    });
  }

  var counts = data('grid-counts');
  var heat = document.getElementById('heatmap');
  if (counts && heat && typeof L !== 'undefined') {
    var max = Math.max.apply(null, [1].concat(Object.keys(counts).map(function (k) { return counts[k]; })));
    var map = StewardMap.create(heat).setView([34.7985, 113.683], 14);
    var colour = function (n) {
      var t = n / max;
      return t > 0.75 ? '#b10026' : t > 0.5 ? '#e31a1c' : t > 0.25 ? '#fd8d3c' : t > 0 ? '#fed976' : '#f7f7f7';
    };
    fetch(heat.dataset.boundariesUrl + '?level=grid', { headers: { Accept: 'application/geo+json, application/json' } })
      .then(function (r) { return r.ok ? r.json() : { type: 'FeatureCollection', features: [] }; })
      .then(function (geojson) {
        var layer = L.geoJSON(geojson, {
          style: function (f) {
            return { color: '#555', weight: 1, fillColor: colour(counts[f.properties.code] || 0), fillOpacity: 0.7 };
          },
          onEachFeature: function (f, l) { l.bindTooltip(f.properties.code + ': ' + (counts[f.properties.code] || 0), { sticky: true }); }
        }).addTo(map);
        if (geojson.features.length) { map.fitBounds(layer.getBounds(), { animate: false }); }
        heat.dataset.loaded = String(geojson.features.length);
      });
  }
})();
