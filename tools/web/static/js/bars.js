// Horizontal bar charts of one value per jurisdiction (effort, cost, payoff, transfers) in SVG:
// time charts use uPlot; these compare jurisdictions at one moment, where bars read best.
// Negative values extend left of the zero line.
(function (root) {
  'use strict';
  const NS = 'http://www.w3.org/2000/svg';
  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (parent) parent.appendChild(e);
    return e;
  }
  function fmt(v) {
    const a = Math.abs(v);
    if (a >= 100) return v.toFixed(0);
    if (a >= 1) return v.toFixed(1);
    return v.toFixed(3);
  }
  // labels: names; values: numbers (null = no bar); returns the svg.
  function draw(container, labels, values, options) {
    const opts = Object.assign({ colour: '#3b6ea8', negative: '#b0413e', width: 420 }, options || {});
    container.textContent = '';
    const row = 15, left = 110, right = 48, top = 4;
    const H = top + row * labels.length + 4, W = opts.width;
    const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'bars', role: 'img' }, container);
    const finite = values.filter((v) => v !== null && Number.isFinite(v));
    const lo = Math.min(0, ...finite), hi = Math.max(0, ...finite);
    const span = hi - lo || 1;
    // Room for the value printed left of a negative bar, so it never covers the names.
    const inner = lo < 0 ? left + 44 : left;
    const x = (v) => inner + (W - inner - right) * (v - lo) / span;
    el('line', { x1: x(0), x2: x(0), y1: 0, y2: H, class: 'zero' }, svg);
    labels.forEach((name, i) => {
      const y = top + i * row;
      const t = el('text', { x: left - 4, y: y + row - 4, class: 'bar-label', 'text-anchor': 'end' }, svg);
      t.textContent = name;
      const v = values[i];
      if (v === null || !Number.isFinite(v)) return;
      const a = x(Math.min(0, v)), b = x(Math.max(0, v));
      el('rect', { x: a, y: y + 2, width: Math.max(0.5, b - a), height: row - 4, fill: v < 0 ? opts.negative : opts.colour,
        'data-value': v }, svg);
      const vt = el('text', { x: v < 0 ? a - 2 : b + 2, y: y + row - 4, class: 'bar-value', 'text-anchor': v < 0 ? 'end' : 'start' }, svg);
      vt.textContent = fmt(v);
    });
    return svg;
  }
  root.AirgovBars = { draw, fmt };
})(window);
