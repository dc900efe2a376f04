// The console's maps, drawn by Leaflet from the data attributes the page carries (no inline script:
// the Content-Security-Policy allows scripts from the service only). Coordinates arrive already in the
// basemap's datum. Text from the data goes into the page as text, never as HTML.
(function () {
  'use strict';

  function element(tag, text, className) {
    var e = document.createElement(tag);
    if (text) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  function say(text, warn) {
    var note = document.getElementById('map-note');
    if (note) {
      note.textContent = text;
      note.classList.toggle('warn', !!warn);
    }
  }

  // The basemap, if one is configured; a map with no tiles, or whose tiles never load, says so and
  // still draws the outlines and the data.
  // notices: the map's standing warnings, shown before its data summary; changed: called when one is added later.
  function basemap(map, d, notices, changed) {
    if (!d.tiles) {
      notices.push('未配置底图，仅显示行政区划边界与执法数据。');
      return;
    }
    var loaded = 0, failed = 0, told = false;
    var options = { subdomains: d.subdomains.split(','), attribution: d.attribution, maxZoom: Number(d.maxZoom) };
    var layer = L.tileLayer(d.tiles, options).addTo(map);
    if (d.labels) { L.tileLayer(d.labels, options).addTo(map); }
    layer.on('tileload', function () { loaded++; });
    layer.on('tileerror', function () {
      failed++;
      if (!told && loaded === 0 && failed >= 4) {
        told = true;
        notices.push('底图无法访问，仅显示行政区划边界与执法数据。');
        changed();
      }
    });
  }

  function outlines(map, d) {
    if (!d.outlines) { return Promise.resolve(null); }
    return fetch(d.outlines, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error('outlines ' + r.status); }
      return r.json();
    }).then(function (geojson) {
      var layer = L.geoJSON(geojson, { style: { color: '#52606d', weight: 1.5, fill: false, dashArray: '4 3' }, interactive: false });
      layer.eachLayer(function (l) {
        var name = l.feature && l.feature.properties && l.feature.properties.name;
        if (name) { l.bindTooltip(name, { permanent: false, sticky: true }); }
      });
      layer.addTo(map);
      return layer;
    });
  }

  function signIn(response) {
    if (response.status === 401) { window.location.reload(); }
    return response;
  }

  function sitePopup(s) {
    var box = element('div', null, 'popup');
    var link = element('a', s.address);
    link.href = s.href;
    box.appendChild(link);
    box.appendChild(element('div', s.status + (s.alarms > 0 ? ' · 告警 ' + s.alarms : ''), 'quiet'));
    return box;
  }

  function cellPopup(c) {
    return element('div', '新发现 ' + c.total + ' 处（城镇 ' + c.urban + '，乡村 ' + c.rural + '，别墅区 ' + c.villa + '）', 'popup');
  }

  function fullMap(el) {
    var d = el.dataset;
    var centre = d.centre.split(',').map(Number);
    var map = L.map(el, { preferCanvas: false }).setView(centre, Number(d.zoom));
    var notices = [];
    var summary = '';
    function tell() {
      say(notices.concat(summary ? [summary] : []).join(' '), notices.length > 0);
    }
    basemap(map, d, notices, tell);
    var heat = L.layerGroup().addTo(map);
    var tracks = L.layerGroup().addTo(map);
    var sites = L.layerGroup().addTo(map);
    L.control.layers(null, { '违建点': sites, '热点网格': heat, '巡查轨迹': tracks }, { collapsed: false }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    var pending = null;

    function draw(data) {
      heat.clearLayers();
      tracks.clearLayers();
      sites.clearLayers();
      var bounds = L.latLngBounds([]);
      data.hotspots.forEach(function (c) {
        var strength = data.hotspotMax > 0 ? c.total / data.hotspotMax : 0;
        L.polygon(c.ring, { color: '#c2410c', weight: 0.5, fillColor: '#f97316', fillOpacity: 0.15 + 0.55 * strength })
          .bindPopup(cellPopup(c)).addTo(heat);
      });
      data.tracks.forEach(function (t) {
        var line = L.polyline(t.line, { color: '#1f6fb5', weight: 3, opacity: 0.8 }).bindTooltip(t.label, { sticky: true }).addTo(tracks);
        bounds.extend(line.getBounds());
      });
      data.sites.forEach(function (s) {
        var at = [s.lat, s.lon];
        if (s.alarms > 0) {
          // an open alarm: a red ring around the pin, whatever the site's status colour
          L.circleMarker(at, { radius: 12, color: '#c62828', weight: 3, fill: false, interactive: false, className: 'alarm-ring' }).addTo(sites);
        }
        var m = L.circleMarker(at, {
          radius: 6, color: '#ffffff', weight: 1.5, fillColor: s.colour, fillOpacity: 0.95, className: 'site-pin' + (s.alarms > 0 ? ' alarm' : '')
        }).bindPopup(sitePopup(s)).addTo(sites);
        bounds.extend(m.getLatLng());
      });
      summary = '违建点 ' + data.sites.length + ' 处' + (data.more ? '（已达上限，放大地图查看更多）' : '') +
        '，热点网格 ' + data.hotspots.length + ' 格（每格 ' + data.cellMetres + ' 米），巡查轨迹 ' + data.tracks.length + ' 条。';
      tell();
      return bounds;
    }

    function load(first) {
      var b = map.getBounds();
      var url = d.layers + '&zoom=' + map.getZoom() + (first ? '' : '&bbox=' + [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (x) { return x.toFixed(5); }).join(','));
      return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(signIn).then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error(body.title || body.detail || ('HTTP ' + r.status)); }
          return body;
        });
      }).then(draw).catch(function (e) { say('地图数据加载失败：' + e.message, true); return null; });
    }

    // The first view fits the data (or the outlines); then the layers are read again for that view, with its cell size.
    Promise.all([outlines(map, d).catch(function () { notices.push('行政区划边界无法加载。'); return null; }), load(true)])
      .then(function (results) {
        var bounds = results[1];
        if (bounds && bounds.isValid()) {
          map.fitBounds(bounds.pad(0.2), { maxZoom: 15, animate: false });
        } else if (results[0]) {
          map.fitBounds(results[0].getBounds(), { animate: false });
        }
        return load(false);
      })
      .then(function () {
        map.on('moveend', function () {
          clearTimeout(pending);
          pending = setTimeout(function () { load(false); }, 250);
        });
        el.dataset.ready = 'true';
      });
  }

  // A case's place: one marker, on the same basemap and outlines.
  function pointMap(el) {
    var d = el.dataset;
    var at = d.point.split(',').map(Number);
    var map = L.map(el, { scrollWheelZoom: false }).setView(at, 16);
    var notices = [];
    basemap(map, d, notices, function () { say(notices.join(' '), true); });
    outlines(map, d).catch(function () { return null; });
    L.circleMarker(at, { radius: 8, color: '#ffffff', weight: 2, fillColor: '#c81e1e', fillOpacity: 1 }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    if (notices.length) { say(notices.join(' '), true); }
    el.dataset.ready = 'true';
  }

  function start() {
    document.querySelectorAll('.legend .dot[data-colour]').forEach(function (dot) { dot.style.background = dot.dataset.colour; });
    document.querySelectorAll('[data-layers]').forEach(fullMap);
    document.querySelectorAll('[data-point]').forEach(pointMap);
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
