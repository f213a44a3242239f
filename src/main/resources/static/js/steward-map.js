// Every Leaflet map of Steward is made here, from the base map the server configured
// (steward.map.*, passed in <meta name="steward-map">: CSP allows no inline script).
//  - No tiles ("none"): our own vector layer of streets, areas, compounds and landmarks with
//    labels is the map, so the demo and a district without a tile contract still show streets.
//  - Tianditu's CGCS2000 "c" matrix: Leaflet's EPSG:4326 CRS with zoomOffset 1.
//  - GCJ-02 tiles (AMap, or a custom server in GCJ-02): a CRS whose projection shifts each WGS-84
//    point to GCJ-02 before Web Mercator and back after. Everything else on the map - markers,
//    clicks (e.latlng), our GeoJSON, fitBounds - stays WGS-84, as Steward stores it.
// The GCJ-02 formulas are those of org.steward.territory.CoordinateConversion (tested against it).
(function () {
  var meta = document.querySelector('meta[name="steward-map"]');
  var config = { provider: 'none', crs: 'EPSG3857', layers: [] };
  try { if (meta && meta.content) { config = JSON.parse(meta.content); } } catch (e) { /* keep the blank map */ }
  var urls = meta ? meta.dataset : {};
  var english = (document.documentElement.lang || '').indexOf('en') === 0;

  var A = 6378245.0;
  var EE = 0.00669342162296594323;
  function outOfChina(lat, lng) { return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271; }
  function transformLat(x, y) {
    var r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return r;
  }
  function transformLng(x, y) {
    var r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return r;
  }
  function toGcj02(lat, lng) {
    if (outOfChina(lat, lng)) { return [lat, lng]; }
    var dLat = transformLat(lng - 105.0, lat - 35.0);
    var dLng = transformLng(lng - 105.0, lat - 35.0);
    var radLat = lat / 180.0 * Math.PI;
    var magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    var sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return [lat + dLat, lng + dLng];
  }
  // the inverse has no closed form: fixed-point iteration, as the server does
  function toWgs84(lat, lng) {
    if (outOfChina(lat, lng)) { return [lat, lng]; }
    var wLat = lat, wLng = lng;
    for (var i = 0; i < 40; i++) {
      var g = toGcj02(wLat, wLng);
      var dLat = g[0] - lat, dLng = g[1] - lng;
      wLat -= dLat; wLng -= dLng;
      if (Math.abs(dLat) < 1e-12 && Math.abs(dLng) < 1e-12) { break; }
    }
    return [wLat, wLng];
  }

  function crs() { return crsFor(config.crs); }
  function crsFor(name) {
    if (name === 'EPSG4326') { return L.CRS.EPSG4326; }
    if (name === 'GCJ02') {
      var mercator = L.Projection.SphericalMercator;
      return L.extend({}, L.CRS.EPSG3857, {
        code: 'GCJ02',
        projection: {
          bounds: mercator.bounds,
          project: function (latlng) { var g = toGcj02(latlng.lat, latlng.lng); return mercator.project(L.latLng(g[0], g[1])); },
          unproject: function (point) { var g = mercator.unproject(point); var w = toWgs84(g.lat, g.lng); return L.latLng(w[0], w[1]); }
        }
      });
    }
    return L.CRS.EPSG3857;
  }

  function name(p) { return english ? (p.nameEn || p.nameZh) : (p.nameZh || p.nameEn); }
  function json(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json, application/json' } })
      .then(function (r) { return r.ok ? r.json() : { type: 'FeatureCollection', features: [] }; })
      .catch(function () { return { type: 'FeatureCollection', features: [] }; });
  }

  var areaStyles = {
    park: { color: '#5a9e5a', weight: 1, fillColor: '#c8e6c0', fillOpacity: 0.9 },
    school: { color: '#b5964a', weight: 1, fillColor: '#f3e7c4', fillOpacity: 0.9 },
    market: { color: '#c0765a', weight: 1, fillColor: '#f6d8cb', fillOpacity: 0.9 },
    compound: { color: '#b7a58a', weight: 1, fillColor: '#eee4d3', fillOpacity: 0.9 },
    other: { color: '#a0a0a0', weight: 1, fillColor: '#e6e6e6', fillOpacity: 0.9 }
  };
  function label(layer, text, kind) {
    layer.bindTooltip(text, { permanent: true, direction: 'center', className: 'steward-label steward-label-' + kind, interactive: false });
  }

  // Points every `spacing` metres along a (Multi)LineString, at least its middle; WGS-84 [lat, lng].
  function alongLine(geometry, spacing) {
    var lines = geometry.type === 'MultiLineString' ? geometry.coordinates : [geometry.coordinates];
    var out = [];
    lines.forEach(function (coords) {
      var lengths = [0];
      for (var i = 1; i < coords.length; i++) {
        lengths.push(lengths[i - 1] + L.latLng(coords[i - 1][1], coords[i - 1][0]).distanceTo(L.latLng(coords[i][1], coords[i][0])));
      }
      var total = lengths[lengths.length - 1];
      var count = Math.max(1, Math.floor(total / spacing));
      for (var k = 0; k < count; k++) {
        var d = total * (k + 0.5) / count;
        var j = 1;
        while (j < coords.length - 1 && lengths[j] < d) { j++; }
        var t = (d - lengths[j - 1]) / ((lengths[j] - lengths[j - 1]) || 1);
        out.push([coords[j - 1][1] + (coords[j][1] - coords[j - 1][1]) * t, coords[j - 1][0] + (coords[j][0] - coords[j - 1][0]) * t]);
      }
    });
    return out;
  }

  // Draws our vector base map (streets, areas, landmarks) and the territory's compounds, labelled,
  // in a pane under every page's own layers. Labels show from zoom 15, where they no longer overlap.
  function vector(map) {
    if (!map.getPane('stewardBase')) {
      map.createPane('stewardBase').style.zIndex = 250;
    }
    var container = map.getContainer();
    container.classList.add('steward-vector');
    function labels() { container.classList.toggle('steward-labels-hidden', map._loaded && map.getZoom() < 15); }
    map.on('load zoomend', labels);
    labels();
    var compounds = urls.boundariesUrl ? json(urls.boundariesUrl + '?level=compound') : Promise.resolve({ features: [] });
    return Promise.all([urls.basemapUrl ? json(urls.basemapUrl) : Promise.resolve({ features: [] }), compounds])
      .then(function (layers) {
        var base = layers[0];
        var areas = base.features.filter(function (f) { return f.properties.kind === 'area'; });
        var roads = base.features.filter(function (f) { return f.properties.kind === 'road'; });
        var landmarks = base.features.filter(function (f) { return f.properties.kind === 'landmark'; });
        L.geoJSON({ type: 'FeatureCollection', features: areas.concat(layers[1].features) }, {
          pane: 'stewardBase', interactive: false,
          style: function (f) { return areaStyles[f.properties.level === 'compound' ? 'compound' : f.properties.type] || areaStyles.other; },
          onEachFeature: function (f, l) { label(l, name(f.properties), 'area'); }
        }).addTo(map);
        // a white casing under a grey line reads as a street at every zoom
        L.geoJSON({ type: 'FeatureCollection', features: roads }, {
          pane: 'stewardBase', interactive: false, style: { color: '#ffffff', weight: 9, opacity: 1 }
        }).addTo(map);
        L.geoJSON({ type: 'FeatureCollection', features: roads }, {
          pane: 'stewardBase', interactive: false, style: { color: '#c9c2b5', weight: 5, opacity: 1 }
        }).addTo(map);
        // a street's name every ~600 m along it, so a zoomed-in map still shows the name of the street on screen
        roads.forEach(function (f) {
          alongLine(f.geometry, 600).forEach(function (at) {
            L.tooltip({ permanent: true, direction: 'center', className: 'steward-label steward-label-road', interactive: false })
              .setLatLng(at).setContent(name(f.properties)).addTo(map);
          });
        });
        L.geoJSON({ type: 'FeatureCollection', features: landmarks }, {
          pane: 'stewardBase', interactive: false,
          pointToLayer: function (f, at) {
            return L.circleMarker(at, { pane: 'stewardBase', radius: 5, color: '#6f42c1', weight: 2, fillColor: '#ffffff', fillOpacity: 1 });
          },
          onEachFeature: function (f, l) {
            l.bindTooltip(name(f.properties), { permanent: true, direction: 'right', offset: [6, 0], className: 'steward-label steward-label-landmark', interactive: false });
          }
        }).addTo(map);
        container.dataset.basemap = String(base.features.length + layers[1].features.length);
        return base.features.length;
      });
  }

  // Makes a Leaflet map on el with the configured base map; options go to L.map.
  function create(el, options) {
    var map = L.map(el, L.extend({ crs: crs(), zoomControl: true, attributionControl: true }, options || {}));
    (config.layers || []).forEach(function (t) {
      L.tileLayer(t.url, { subdomains: t.subdomains || 'abc', attribution: t.attribution, maxZoom: t.maxZoom, zoomOffset: t.zoomOffset || 0 }).addTo(map);
    });
    if (!config.layers || config.layers.length === 0) { vector(map); }
    el.dataset.baseMap = config.provider;
    el.stewardMap = map;
    return map;
  }

  window.StewardMap = {
    config: config,
    create: create,
    vector: vector,
    of: function (el) { return el && el.stewardMap; },
    crsFor: crsFor,
    toGcj02: toGcj02,
    toWgs84: toWgs84,
    urls: urls
  };
})();
