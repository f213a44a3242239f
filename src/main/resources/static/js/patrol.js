// A patrol's page: its track, grids and findings on Steward's own boundaries (no tile server), and for
// the officer walking it the position recorder. Every position from watchPosition is queued in
// localStorage first and sent in batches; a batch leaves the queue only when the server answered it, so
// a lost connection or a reload loses nothing, and the server ignores a position it already has (same
// time), so a batch sent twice adds nothing.
(function () {
  var el = document.getElementById('patrol-map');
  if (!el || typeof L === 'undefined') { return; }
  var data = JSON.parse(document.getElementById('patrol-data').textContent);
  var map = StewardMap.create(el).setView([34.7985, 113.683], 15);
  var passed = {};
  data.grids.forEach(function (g) { passed[g] = true; });
  fetch(el.dataset.boundariesUrl + '?level=grid', { headers: { Accept: 'application/geo+json, application/json' } })
    .then(function (r) { return r.ok ? r.json() : { type: 'FeatureCollection', features: [] }; })
    .then(function (geojson) {
      L.geoJSON(geojson, {
        interactive: false,
        style: function (f) {
          return passed[f.properties.code] ? { color: '#198754', weight: 2, fillOpacity: 0.15 }
            : { color: '#fd7e14', weight: 1, fillOpacity: 0.04 };
        }
      }).addTo(map);
    });
  var line = L.polyline(data.track, { color: '#0d6efd', weight: 4 }).addTo(map);
  var colours = { CASE: '#dc3545', ON_THE_SPOT: '#198754', NO_ISSUE: '#6c757d' };
  var labels = { CASE: el.dataset.labelCase, ON_THE_SPOT: el.dataset.labelSpot, NO_ISSUE: el.dataset.labelNone };
  var markers = data.findings.map(function (f) {
    return L.circleMarker([f.lat, f.lng], { radius: 8, color: colours[f.kind], fillOpacity: 0.7 })
      .bindTooltip(labels[f.kind] + (f.category ? ' · ' + f.category : '') + (f.caseNumber ? ' · ' + f.caseNumber : ''))
      .addTo(map);
  });
  var bounds = data.track.length ? line.getBounds() : null;
  markers.forEach(function (m) { bounds = bounds ? bounds.extend(m.getLatLng()) : L.latLngBounds([m.getLatLng()]); });
  if (bounds) { map.fitBounds(bounds.pad(0.2), { maxZoom: 17, animate: false }); }
  el.dataset.trackPoints = String(data.track.length);
  el.dataset.findings = String(data.findings.length);
  el.dataset.ready = 'true';

  var recorder = document.getElementById('recorder');
  if (!recorder) { return; }
  var id = recorder.dataset.patrolId;
  var queueKey = 'steward.patrol.' + id + '.queue';
  var logKey = 'steward.patrol.' + id + '.log';
  var status = document.getElementById('recorder-status');
  var inflight = null;
  var total = parseInt(recorder.dataset.total, 10) || 0;
  function read(key) { try { return JSON.parse(localStorage.getItem(key) || '[]'); } catch (e) { return []; } }
  function write(key, value) { localStorage.setItem(key, JSON.stringify(value)); }
  function show(text) { status.textContent = text; }
  function update() {
    var queued = read(queueKey).length;
    document.getElementById('points-queued').textContent = String(queued);
    document.getElementById('points-sent').textContent = String(total);
    recorder.dataset.queued = String(queued);
    recorder.dataset.sent = String(total);
    recorder.dataset.logged = String(read(logKey).length);
  }
  function token() {
    var t = document.querySelector('meta[name="_csrf"]');
    var h = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (t && h) { headers[h.content] = t.content; }
    return headers;
  }
  function flush() {
    if (inflight) { return inflight; }
    var batch = read(queueKey).slice(0, 100);
    if (!batch.length) { return Promise.resolve(); }
    inflight = fetch(recorder.dataset.pointsUrl, { method: 'POST', credentials: 'same-origin', headers: token(),
      body: JSON.stringify({ points: batch }) })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (answer) {
        var sent = {};
        batch.forEach(function (p) { sent[p.t] = true; });
        write(queueKey, read(queueKey).filter(function (p) { return !sent[p.t]; }));
        total = answer.total;
        inflight = null;
        show(status.dataset.online);
        update();
        if (read(queueKey).length) { return flush(); }
      })
      .catch(function () { inflight = null; show(status.dataset.offline); update(); });
    return inflight;
  }
  function remember(position) {
    var t = Math.round(position.timestamp);
    var queue = read(queueKey);
    var log = read(logKey);
    if (log.indexOf(t) >= 0) { return; }
    var point = { t: t, lat: position.coords.latitude, lng: position.coords.longitude,
      accuracy: position.coords.accuracy };
    queue.push(point);
    log.push(t);
    write(queueKey, queue);
    write(logKey, log);
    line.addLatLng([point.lat, point.lng]);
    document.querySelectorAll('.finding-lat').forEach(function (i) { i.value = point.lat; });
    document.querySelectorAll('.finding-lng').forEach(function (i) { i.value = point.lng; });
    update();
    flush();
  }
  if (navigator.geolocation) {
    navigator.geolocation.watchPosition(remember, function (error) {
      show(error.code === 1 ? status.dataset.denied : status.dataset.offline);
    }, { enableHighAccuracy: true, maximumAge: 0, timeout: 60000 });
  }
  window.addEventListener('online', flush);
  setInterval(flush, 3000);
  update();
  flush();
  document.getElementById('end-form').addEventListener('submit', function (event) {
    var form = this;
    event.preventDefault();
    flush().then(function () {
      if (read(queueKey).length) {
        document.getElementById('end-blocked').classList.remove('d-none');
        show(status.dataset.pending);
        return;
      }
      localStorage.removeItem(queueKey);
      form.submit();
    });
  });
  window.stewardPatrolFlush = flush;
})();
