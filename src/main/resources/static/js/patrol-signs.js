// The early-sign form takes the phone's position when the page opens.
(function () {
  if (!navigator.geolocation || !document.getElementById('sign-form')) { return; }
  navigator.geolocation.getCurrentPosition(function (p) {
    document.getElementById('sign-lat').value = p.coords.latitude;
    document.getElementById('sign-lng').value = p.coords.longitude;
    document.getElementById('sign-position').textContent = p.coords.latitude.toFixed(5) + ', ' + p.coords.longitude.toFixed(5);
  });
})();
