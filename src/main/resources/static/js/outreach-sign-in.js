// The QR sign-in page: share the phone's position when the phone offers it, so the sign-in can be
// checked against the session's place. Without it the sign-in still works (the token is time-limited).
(function () {
  var lat = document.getElementById('sign-in-lat');
  var lng = document.getElementById('sign-in-lng');
  if (!lat || !lng || !navigator.geolocation) {
    return;
  }
  navigator.geolocation.getCurrentPosition(function (p) {
    lat.value = p.coords.latitude;
    lng.value = p.coords.longitude;
  }, function () {}, { timeout: 5000, maximumAge: 60000 });
})();
