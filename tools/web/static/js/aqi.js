// Air quality classes of HJ 633-2012 (PM2.5 sub-index) and their colours: the official ones and a
// colour-blind-safe alternative (viridis, ordered light to dark so the order survives any
// colour vision and greyscale printing). Shared by the live page and the HTML reports.
(function (root) {
  'use strict';
  const CLASSES = ['excellent', 'good', 'lightly_polluted', 'moderately_polluted', 'heavily_polluted', 'severely_polluted'];
  // Upper PM2.5 limit (ug/m3, 24-h mean) of each class but the last: IAQI 50, 100, 150, 200, 300.
  const PM25_UPPER = [35, 75, 115, 150, 250];
  const PALETTES = {
    official: ['#00e400', '#ffff00', '#ff7e00', '#ff0000', '#99004c', '#7e0023'],
    safe: ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154'],
  };
  let palette = 'official';
  function classOf(pm25) {
    const v = Math.round(pm25);  // daily means are reported as whole ug/m3
    for (let k = 0; k < PM25_UPPER.length; k++) if (v <= PM25_UPPER[k]) return k;
    return 5;
  }
  function colour(k) { return PALETTES[palette][k]; }
  // Dark text on the light fills (the first three classes of both palettes), light on the dark ones.
  function textColour(k) { return k >= 3 ? '#fff' : '#000'; }
  root.AirgovAqi = {
    CLASSES, PM25_UPPER, PALETTES, classOf, colour, textColour,
    setPalette(name) { if (PALETTES[name]) palette = name; },
    palette() { return palette; },
  };
})(window);
