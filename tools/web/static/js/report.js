// Draws a self-contained report (tools/airgov/html_report.cpp) from its inlined JSON: scenario,
// key figures, the map, time charts (uPlot) and bar charts. No network: everything is inline.
(function () {
  'use strict';
  const { AirgovAqi: aqi, AirgovMap, AirgovBars } = window;
  const data = JSON.parse(document.getElementById('airgov-data').textContent);
  const names = data.region ? data.region.jurisdictions.map((j) => j.name) : [];

  function h(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) e.append(c);
    return e;
  }
  function num(v, digits) {
    if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
    return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  }
  function section(title, id) {
    const s = h('section', { id, class: 'block' }, h('h2', {}, title));
    document.getElementById('report').append(s);
    return s;
  }
  function figure(parent, caption, id) {
    const div = h('div', { id, class: 'chart' });
    parent.append(h('figure', {}, h('figcaption', {}, caption), div));
    return div;
  }
  function table(parent, header, rows) {
    const t = h('table', {}, h('thead', {}, h('tr', {}, ...header.map((x) => h('th', {}, x)))));
    const tb = h('tbody');
    rows.forEach((r) => tb.append(h('tr', {}, ...r.map((x) => h('td', {}, String(x))))));
    t.append(tb);
    parent.append(t);
  }
  function leversTable(parent, levers) {
    table(parent, ['lever', 'value'], Object.entries(levers).map(([k, v]) => [k, num(v, 2)]));
  }
  function legend(parent) {
    const box = h('div', { class: 'legend' });
    aqi.CLASSES.forEach((c, k) => {
      const s = h('span', { class: 'swatch' }, c.replace(/_/g, ' '));
      s.style.background = aqi.colour(k); s.style.color = aqi.textColour(k);
      box.append(s);
    });
    parent.append(box);
  }
  function timeChart(target, xs, series, yLabel) {
    const width = Math.max(320, target.clientWidth || 640);
    return new window.uPlot({ width, height: 240, scales: { x: { time: true } }, axes: [{}, { label: yLabel }],
      series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.colour, width: s.width || 1.5 }))] },
    [xs, ...series.map((s) => s.values)], target);
  }

  function runReport() {
    const sc = data.scenario, sm = data.summary, r = sm.region;
    const head = section('Scenario', 'scenario');
    head.append(h('p', { class: 'description' }, sc.description || ''));
    table(head, ['scenario', 'file', 'rule', 'seed', 'start', 'days', 'dated policy events'],
      [[sc.name, sc.file, sc.rule, sc.seed, sc.start_date, sc.days, sc.events]]);
    leversTable(head, sc.levers);

    const key = section('Results', 'results');
    const poa = sm.fairness ? sm.fairness.price_of_anarchy : null;
    table(key, ['regional PM2.5 (ug/m3, city mean)', 'pop.-weighted PM2.5', 'attainment days', 'heavy days',
      'mean effort', 'abatement cost (bn CNY)', 'price of anarchy', 'Nash PM2.5', 'planner PM2.5'],
    [[num(r.pm25_annual_mean_ugm3, 1), num(r.pm25_population_weighted_ugm3, 1), num(r.attainment_days, 1), num(r.heavy_days, 1),
      num(100 * r.mean_effort, 1) + ' %', num(r.abatement_cost_cny / 1e9, 2), num(poa, 3),
      num(sm.benchmarks.nash.pm25_annual_mean_ugm3, 1), num(sm.benchmarks.planner.pm25_annual_mean_ugm3, 1)]]);

    const mapSec = section('Map: annual mean PM2.5 class, ring = mean effort, lines = cooperation ties', 'map-section');
    const mapDiv = h('div', { id: 'map', class: 'map' });
    mapSec.append(mapDiv);
    legend(mapSec);
    const map = AirgovMap.create(mapDiv, data.region, { maxEffort: sc.max_effort });
    map.update({ pm25: sm.jurisdictions.map((j) => j.pm25_annual_mean_ugm3), effort: sm.jurisdictions.map((j) => j.mean_effort) });

    const charts = section('Over time', 'time');
    const xs = data.series.dates.map((d) => Date.parse(d) / 1000);
    timeChart(figure(charts, 'Regional PM2.5 (daily mean of the jurisdictions, ug/m3)', 'chart-pm25'), xs,
      [{ label: 'PM2.5', colour: '#333', values: data.series.region_pm25_ugm3 }], 'ug/m3');
    const cum = aqi.CLASSES.map((c) => {
      let run = 0;
      return (data.series.aqi_class_share[c] || []).map((v) => Math.round((run += v) * 100) / 100);
    });
    timeChart(figure(charts, 'AQI class days (regional mean, cumulative)', 'chart-classes'), xs,
      aqi.CLASSES.map((c, k) => ({ label: c.replace(/_/g, ' '), colour: aqi.colour(k), width: 2, values: cum[k] })), 'days');

    const per = section('Per jurisdiction', 'jurisdictions');
    AirgovBars.draw(figure(per, 'Annual mean PM2.5 (ug/m3)', 'bars-pm25'), names, sm.jurisdictions.map((j) => j.pm25_annual_mean_ugm3), { colour: '#7a5195' });
    AirgovBars.draw(figure(per, 'Mean effort (fraction of emissions cut)', 'bars-effort'), names, sm.jurisdictions.map((j) => j.mean_effort));
    AirgovBars.draw(figure(per, 'Payoff (m CNY over the run)', 'bars-payoff'), names, sm.jurisdictions.map((j) => j.payoff_cny / 1e6), { colour: '#3b8a3e' });
    if (sm.fairness && sm.fairness.jurisdictions) {
      const f = sm.fairness.jurisdictions;
      AirgovBars.draw(figure(per, 'Gain against Nash on the same weather (m CNY)', 'bars-gain'), names, f.map((j) => j.gain_vs_nash_cny / 1e6), { colour: '#ef8a17' });
      if (f.length && f[0].shapley_transfer_cny_per_year !== undefined)
        AirgovBars.draw(figure(per, 'Shapley transfers under full cooperation (m CNY per year; + received)', 'bars-shapley'), names,
          f.map((j) => j.shapley_transfer_cny_per_year / 1e6), { colour: '#6a51a3' });
    }
    table(per, ['id', 'name', '名称', 'PM2.5', 'attainment days', 'heavy days', 'effort', 'cost (m CNY)', 'payoff (m CNY)'],
      sm.jurisdictions.map((j) => [j.id, j.name, j.name_zh, num(j.pm25_annual_mean_ugm3, 1), num(j.attainment_days, 0), num(j.heavy_days, 0),
        num(100 * j.mean_effort, 1) + ' %', num(j.abatement_cost_cny / 1e6, 1), num(j.payoff_cny / 1e6, 1)]));
    provenance(sm.provenance);
  }

  function interval(m, scale, digits) {
    if (!m) return 'n/a';
    const s = scale || 1;
    return `${num(m.mean * s, digits)} [${num(m.p05 * s, digits)}, ${num(m.p95 * s, digits)}]`;
  }
  function compareReport() {
    const c = data.comparison, scs = c.scenarios;
    const head = section('Scenarios', 'scenario');
    table(head, ['', 'scenario', 'file', 'rule'], scs.map((s) => [s.label, s.name, s.file, s.rule]));
    data.scenarios.forEach((s, k) => head.append(h('p', { class: 'description' }, `${scs[k].label}: ${s.description || ''}`)));
    const res = section(`Results: mean [90 % interval] over ${c.provenance.replicates} replicates, seed ${c.provenance.seed}`, 'results');
    table(res, ['', 'PM2.5 (city mean)', 'PM2.5 (pop.-weighted)', 'attainment days', 'heavy days', 'abatement cost (bn CNY)'],
      scs.map((s) => [s.label + ' ' + s.name, interval(s.region.pm25_annual_mean_ugm3, 1, 1), interval(s.region.pm25_population_weighted_ugm3, 1, 1),
        interval(s.region.attainment_days, 1, 1), interval(s.region.heavy_days, 1, 1), interval(s.region.abatement_cost_cny, 1e-9, 2)]));
    const charts = section('Side by side', 'side');
    const labels = scs.map((s) => `${s.label} ${s.name}`);
    AirgovBars.draw(figure(charts, 'Regional PM2.5 (ug/m3, city mean)', 'bars-scen-pm25'), labels, scs.map((s) => s.region.pm25_annual_mean_ugm3 ? s.region.pm25_annual_mean_ugm3.mean : null), { colour: '#7a5195', width: 520 });
    AirgovBars.draw(figure(charts, 'Heavy-pollution days (regional mean)', 'bars-scen-heavy'), labels, scs.map((s) => s.region.heavy_days ? s.region.heavy_days.mean : null), { colour: '#99004c', width: 520 });
    AirgovBars.draw(figure(charts, 'Abatement cost (bn CNY)', 'bars-scen-cost'), labels, scs.map((s) => s.region.abatement_cost_cny ? s.region.abatement_cost_cny.mean / 1e9 : null), { colour: '#8c6d31', width: 520 });
    const last = scs[scs.length - 1];
    if (data.region && last.jurisdictions) {
      const mapSec = section(`Map of ${last.label} (${last.name}): annual mean PM2.5 class`, 'map-section');
      const mapDiv = h('div', { id: 'map', class: 'map' });
      mapSec.append(mapDiv);
      legend(mapSec);
      AirgovMap.create(mapDiv, data.region, {}).update({ pm25: last.jurisdictions.map((j) => j.pm25_annual_mean_ugm3) });
      const per = section(`Who gains, who pays: ${last.label} against A`, 'jurisdictions');
      AirgovBars.draw(figure(per, 'Gain against A (m CNY over the run, mean over replicates)', 'bars-gain'), names, last.jurisdictions.map((j) => j.gain_vs_first_cny.mean / 1e6), { colour: '#ef8a17' });
      if (c.transfers) {
        const t = c.transfers.jurisdictions;
        AirgovBars.draw(figure(per, 'Shapley transfers (m CNY; + received)', 'bars-shapley'), names, t.map((j) => j.shapley_transfer_cny / 1e6), { colour: '#6a51a3' });
        AirgovBars.draw(figure(per, 'Chander-Tulkens transfers (m CNY; + received)', 'bars-ct'), names, t.map((j) => j.chander_tulkens_transfer_cny / 1e6), { colour: '#2a788e' });
      }
    }
    provenance(c.provenance);
  }
  function provenance(p) {
    const s = section('Provenance', 'provenance');
    s.append(h('pre', {}, JSON.stringify(p, null, 2)));
    s.append(h('p', { class: 'description' }, 'Made by airgov; charts drawn with uPlot (MIT licence), inlined. AQI: HJ 633-2012, PM2.5 sub-index only.'));
  }
  function draw() {
    try {
      if (data.kind === 'run') runReport(); else compareReport();
      document.body.dataset.ready = '1';
    } catch (e) {
      document.getElementById('report').append(h('p', { class: 'error' }, 'Could not draw the report: ' + e.message));
      throw e;
    }
  }
  document.addEventListener('DOMContentLoaded', draw);
})();
