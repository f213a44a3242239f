// The place search box (fragments/place-search.html): asks our gazetteer (GET /api/v1/places) as
// the user types, lists the places as buttons, and hands the chosen one to the map element as a
// cancelable "steward:place" event. Uncancelled, the map is centred on the place with a marker.
(function () {
  var meta = document.querySelector('meta[name="steward-map"]');
  var placesUrl = meta && meta.dataset.placesUrl;
  if (!placesUrl) { return; }
  document.querySelectorAll('.place-search').forEach(function (box) {
    var english = box.dataset.lang === 'en';
    var input = box.querySelector('.place-q');
    var go = box.querySelector('.place-go');
    var list = box.querySelector('.place-results');
    var status = box.querySelector('.place-status');
    var kinds = box.querySelector('.place-kinds').dataset;
    var target = document.getElementById(box.dataset.mapTarget);
    var marker = null;
    var timer = null;
    var asked = 0;
    function choose(place) {
      list.textContent = '';
      input.value = english ? place.nameEn : place.nameZh;
      status.textContent = '';
      if (!target) { return; }
      var event = new CustomEvent('steward:place', { detail: place, cancelable: true });
      if (target.dispatchEvent(event)) {
        var map = window.StewardMap && StewardMap.of(target);
        if (!map) { return; }
        if (marker) { marker.remove(); }
        marker = L.circleMarker([place.lat, place.lng], { radius: 9, color: '#6f42c1', weight: 3, fillOpacity: 0.2 }).addTo(map);
        map.setView([place.lat, place.lng], 17);
      }
      target.dataset.place = (place.nameZh || '') + '@' + place.lat + ',' + place.lng;
    }
    function show(places) {
      list.textContent = '';
      places.forEach(function (p) {
        var li = document.createElement('li');
        li.className = 'list-group-item p-0';
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'btn btn-link text-start w-100 text-decoration-none text-body px-2 py-1 place-option';
        var name = document.createElement('span');
        name.className = 'fw-semibold';
        name.textContent = english ? p.nameEn : p.nameZh;
        var more = document.createElement('span');
        more.className = 'text-muted ms-2 small';
        more.textContent = (kinds[p.kind] || p.kind) + (p.detail ? ' · ' + p.detail : '');
        b.appendChild(name);
        b.appendChild(more);
        b.addEventListener('click', function () { choose(p); });
        li.appendChild(b);
        list.appendChild(li);
      });
      status.textContent = places.length ? '' : box.dataset.none;
      box.dataset.results = String(places.length);
    }
    function search(now) {
      var q = input.value.trim();
      if (timer) { clearTimeout(timer); }
      if (!q) { list.textContent = ''; status.textContent = ''; return; }
      timer = setTimeout(function () {
        var mine = ++asked;
        fetch(placesUrl + '?q=' + encodeURIComponent(q.substring(0, 100)), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (places) { if (mine === asked) { show(places); } })
          .catch(function () { if (mine === asked) { show([]); } });
      }, now ? 0 : 250);
    }
    input.addEventListener('input', function () { search(false); });
    // Enter searches (and inside the report form must not send the report)
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { list.textContent = ''; status.textContent = ''; return; }
      if (e.key === 'Enter') {
        e.preventDefault();
        var first = list.querySelector('.place-option');
        if (first && list.dataset.q === input.value) { first.click(); } else { search(true); }
      }
    });
    go.addEventListener('click', function () { search(true); });
    new MutationObserver(function () { list.dataset.q = input.value; }).observe(list, { childList: true });
  });
})();
