// The portal's maps: Leaflet with its default SVG renderer draws the areas of the API's GeoJSON (#map's
// data-geojson), each a path with its name and value as a tooltip that links to its page. Base tiles only when
// the service is configured with a tile URL (data-tiles); the polygons alone are the map otherwise.
(function () {
  var element = document.getElementById('map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var breaks = (element.getAttribute('data-breaks') || '').split(' ').filter(Boolean).map(Number);
  var level = element.getAttribute('data-level');
  var lang = element.getAttribute('data-lang');
  var explicit = element.getAttribute('data-explicit-lang') === 'true';
  var number = new Intl.NumberFormat(lang === 'en' ? 'en' : 'id', { maximumFractionDigits: 6 });
  var map = L.map(element, { zoomSnap: 0.25 });
  var tiles = element.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { attribution: element.getAttribute('data-tiles-attribution') || '' }).addTo(map);
  }

  function cssClass(p) {
    if (p.category) {
      return 'c-' + p.category;
    }
    if (p.value === undefined) {
      return 'b2';
    }
    if (p.value === null) {
      return 'c-none';
    }
    var bin = 0;
    while (bin < breaks.length && p.value >= breaks[bin]) {
      bin++;
    }
    return 'b' + bin;
  }

  function label(p) {
    var name = p.area_name || p.name || p.code || p.area_code;
    if (p.category) {
      return name + ': ' + p.category;
    }
    if (typeof p.value === 'number') {
      return name + ': ' + number.format(p.value);
    }
    return name;
  }

  function link(p) {
    var code = p.area_code || p.code;
    var page = (p.area_level || level) === 'district' ? '/districts/' : '/villages/';
    return page + encodeURIComponent(code) + (explicit ? '?lang=' + lang : '');
  }

  fetch(element.getAttribute('data-geojson'), { headers: { Accept: 'application/geo+json' } })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var layer = L.geoJSON(data, {
        style: function (feature) {
          return { className: 'area ' + cssClass(feature.properties), weight: 1 };
        },
        onEachFeature: function (feature, path) {
          path.bindTooltip(label(feature.properties), { sticky: true });
          path.on('click', function () { window.location.href = link(feature.properties); });
          path.on('add', function () {
            var svg = path.getElement();
            if (svg) {
              svg.setAttribute('data-code', feature.properties.area_code || feature.properties.code);
              svg.setAttribute('role', 'link');
              svg.setAttribute('tabindex', '0');
              svg.setAttribute('aria-label', label(feature.properties));
              svg.addEventListener('keydown', function (event) {
                if (event.key === 'Enter') {
                  window.location.href = link(feature.properties);
                }
              });
            }
          });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    });
}());
