// The schematic map: each jurisdiction at its latitude and longitude (equirectangular, scaled by
// cos(latitude) so distances look right), a disc coloured by its PM2.5 class, a ring whose arc
// is its effort (full ring = the scenario's maximum effort), and the institutional ties as
// lines. Plain SVG, so the same code draws the live map and the report's inline map.
(function (root) {
  'use strict';
  const NS = 'http://www.w3.org/2000/svg';
  const W = 640, H = 520, PAD = 46;
  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (parent) parent.appendChild(e);
    return e;
  }
  function project(region) {
    const js = region.jurisdictions;
    const lat0 = js.reduce((s, j) => s + j.lat, 0) / Math.max(1, js.length);
    const k = Math.cos(lat0 * Math.PI / 180);
    const xs = js.map((j) => j.lon * k), ys = js.map((j) => j.lat);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const s = Math.min((W - 2 * PAD) / Math.max(1e-6, x1 - x0), (H - 2 * PAD) / Math.max(1e-6, y1 - y0));
    const ox = (W - s * (x1 - x0)) / 2, oy = (H - s * (y1 - y0)) / 2;
    return js.map((j) => [ox + s * (j.lon * k - x0), H - oy - s * (j.lat - y0)]);
  }
  // Draws the region into `container` (replacing what was there); returns an updater.
  function create(container, region, options) {
    const opts = Object.assign({ maxEffort: 0.8, name: (j) => j.name }, options || {});
    container.textContent = '';
    const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'airgov-map', role: 'img' }, container);
    const pos = project(region);
    const index = new Map(region.jurisdictions.map((j, i) => [j.id, i]));
    const ties = el('g', { class: 'ties' }, svg);
    for (const t of region.ties) {
      const a = index.get(t.from), b = index.get(t.to);
      if (a === undefined || b === undefined) continue;
      el('line', { x1: pos[a][0], y1: pos[a][1], x2: pos[b][0], y2: pos[b][1], class: 'tie tie-' + t.kind,
        'stroke-width': t.kind === 'neighbour' ? 1 : 2.5 }, ties);
    }
    const maxPop = Math.max(1, ...region.jurisdictions.map((j) => j.population_million || 1));
    const nodes = region.jurisdictions.map((j, i) => {
      const g = el('g', { class: 'city', 'data-id': j.id, transform: `translate(${pos[i][0]},${pos[i][1]})` }, svg);
      const r = 7 + 11 * Math.sqrt((j.population_million || 1) / maxPop);
      const title = el('title', {}, g);
      const disc = el('circle', { r, class: 'disc', fill: '#ccc' }, g);
      const circ = 2 * Math.PI * (r + 4);
      el('circle', { r: r + 4, class: 'ring-bg' }, g);
      const ring = el('circle', { r: r + 4, class: 'ring', 'stroke-dasharray': `0 ${circ}`, transform: 'rotate(-90)' }, g);
      // Labels are drawn after every disc (below), so no neighbour's disc hides a name.
      const label = el('text', { y: r + 15, class: 'label', transform: `translate(${pos[i][0]},${pos[i][1]})` });
      label.textContent = opts.name(j);
      return { j, disc, ring, circ, label, title };
    });
    const labels = el('g', { class: 'labels' }, svg);
    nodes.forEach((n) => labels.appendChild(n.label));
    return {
      svg,
      // values: {pm25: [...], effort: [...]} in region order (either may be missing).
      update(values) {
        nodes.forEach((n, i) => {
          const pm = values.pm25 ? values.pm25[i] : null;
          const ef = values.effort ? values.effort[i] : null;
          if (pm !== null && pm !== undefined) {
            const k = root.AirgovAqi.classOf(pm);
            n.disc.setAttribute('fill', root.AirgovAqi.colour(k));
            n.disc.dataset.aqiClass = k;
          }
          if (ef !== null && ef !== undefined) {
            const f = Math.max(0, Math.min(1, ef / opts.maxEffort));
            n.ring.setAttribute('stroke-dasharray', `${(f * n.circ).toFixed(2)} ${n.circ.toFixed(2)}`);
            n.ring.dataset.effort = ef;
          }
          n.title.textContent = `${opts.name(n.j)}` + (pm !== null && pm !== undefined ? `\nPM2.5 ${pm} ug/m3` : '') +
            (ef !== null && ef !== undefined ? `\neffort ${(100 * ef).toFixed(1)} %` : '');
        });
      },
      relabel(name) { nodes.forEach((n) => { n.label.textContent = name(n.j); }); },
    };
  }
  root.AirgovMap = { create };
})(window);
