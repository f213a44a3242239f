// The point form's "here" button fills the position from the phone's location.
(function () {
  var here = document.getElementById('point-here');
  if (!here || !navigator.geolocation) { return; }
  here.addEventListener('click', function () {
    navigator.geolocation.getCurrentPosition(function (p) {
      document.getElementById('point-lat').value = p.coords.latitude.toFixed(6);
      document.getElementById('point-lng').value = p.coords.longitude.toFixed(6);
    });
  });
})();
