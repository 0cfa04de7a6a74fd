// The live model page: NetLogo-style controls (setup, go/pause, step, speed, lever sliders,
// choosers, seed), the map, time charts (uPlot), bar charts, monitors and CSV export. The server
// keeps the simulation; the page keeps the history of what it was sent, so charts and exports
// show exactly what was computed.
(function () {
  'use strict';
  const { AirgovApi: api, AirgovI18n: i18n, AirgovAqi: aqi, AirgovMap, AirgovBars, AirgovCsv } = window;
  const $ = (id) => document.getElementById(id);
  const S = {
    presets: [], rules: [], levers: [], region: null, session: null, settings: null,
    frames: [], periods: [], state: null, running: false, busy: false, map: null, charts: {},
  };
  window.airgov = S;  // for the browser tests and the curious

  function showError(e) {
    $('error').textContent = e ? (e.message || String(e)) : '';
    $('error').hidden = !e;
  }

  // ---- Controls.
  function leverValues() {
    const out = {};
    for (const l of S.levers) out[l] = Number($('lever-' + l).value);
    return out;
  }
  function setLeverInputs(levers) {
    for (const l of S.levers) {
      $('lever-' + l).value = levers[l] || 0;
      $('lever-' + l + '-value').textContent = Number(levers[l] || 0).toFixed(2);
    }
  }
  function buildControls() {
    const presetSel = $('preset');
    presetSel.textContent = '';
    for (const p of S.presets) {
      const o = document.createElement('option');
      o.value = p.id; o.textContent = p.id; o.title = p.description;
      presetSel.appendChild(o);
    }
    const ruleSel = $('rule');
    ruleSel.textContent = '';
    for (const r of S.rules) {
      const o = document.createElement('option');
      o.value = r; o.textContent = r;
      ruleSel.appendChild(o);
    }
    const box = $('levers');
    box.textContent = '';
    for (const l of S.levers) {
      const row = document.createElement('label');
      row.className = 'lever';
      row.innerHTML = `<span data-i18n="${l}"></span> <output id="lever-${l}-value">0.00</output>
        <input type="range" min="0" max="1" step="0.05" value="0" id="lever-${l}" data-lever="${l}">`;
      box.appendChild(row);
      const input = row.querySelector('input');
      input.addEventListener('input', () => { $('lever-' + l + '-value').textContent = Number(input.value).toFixed(2); });
      input.addEventListener('change', () => pushLevers());
    }
    i18n.apply();
  }
  async function pushLevers() {
    if (!S.session) return;
    try {
      S.state = await api.setLevers(S.session, leverValues());
      showError(null);
    } catch (e) { showError(e); }
  }
  function applyPreset(id) {
    const p = S.presets.find((x) => x.id === id);
    if (!p) return;
    $('preset').value = p.id;
    $('rule').value = p.rule;
    $('seed').value = p.seed;
    $('days').value = Math.min(p.days, 3660);
    $('preset-description').textContent = p.description;
    setLeverInputs(p.levers);
  }

  // ---- Session.
  async function setup() {
    pause();
    showError(null);
    const settings = {
      preset: $('preset').value,
      rule: $('rule').value,
      seed: Number($('seed').value),
      days: Number($('days').value),
      levers: leverValues(),
    };
    try {
      if (!S.region || S.region.preset !== settings.preset) {
        S.region = await api.region(settings.preset);
        S.region.preset = settings.preset;
      }
      const old = S.session;
      const created = await api.createSession(settings);
      S.session = created.id;
      S.state = created.state;
      S.settings = settings;
      S.frames = []; S.periods = [];
      if (old) api.deleteSession(old).catch(() => {});
      buildMap();
      render();
    } catch (e) { showError(e); }
  }
  async function step() {
    if (!S.session || S.busy) return false;
    if (S.state && S.state.done) { pause(); return false; }
    S.busy = true;
    try {
      const r = await api.step(S.session, Number($('speed').value));
      S.frames.push(...r.frames);
      S.periods.push(...r.periods);
      S.state = r.state;
      render();
      showError(null);
      if (r.state.done) pause();
      return !r.state.done;
    } catch (e) {
      showError(e); pause(); return false;
    } finally { S.busy = false; }
  }
  async function go() {
    if (S.running) { pause(); return; }
    if (!S.session) await setup();
    S.running = true;
    $('go').dataset.i18n = 'pause'; i18n.apply($('controls'));
    while (S.running && (await step())) await new Promise((r) => setTimeout(r, 60));
    pause();
  }
  function pause() {
    S.running = false;
    $('go').dataset.i18n = 'go'; i18n.apply($('controls'));
  }

  // ---- Views.
  function buildMap() {
    const maxEffort = S.state && S.state.settings ? S.state.settings.max_effort : 0.8;
    S.map = AirgovMap.create($('map'), S.region, { maxEffort, name: i18n.name });
    buildCharts();
  }
  function chartWidth(id) { return Math.max(280, $(id).clientWidth - 8); }
  function buildCharts() {
    for (const c of Object.values(S.charts)) c.destroy();
    S.charts = {};
    const uPlot = window.uPlot;
    S.charts.pm25 = new uPlot({
      width: chartWidth('chart-pm25'), height: 220,
      series: [{}, { label: 'PM2.5', stroke: '#333', width: 1.5 }],
      axes: [{}, { label: 'ug/m3' }],
      scales: { x: { time: true } },
    }, [[], []], $('chart-pm25'));
    S.charts.classes = new uPlot({
      width: chartWidth('chart-classes'), height: 220,
      series: [{}, ...aqi.CLASSES.map((c, k) => ({ label: i18n.t(c), stroke: aqi.colour(k), width: 2 }))],
      axes: [{}, { label: 'days' }],
      scales: { x: { time: true } },
    }, [[], [], [], [], [], [], []], $('chart-classes'));
  }
  function fmtBn(v) { return (v / 1e9).toFixed(2); }
  function render() {
    const st = S.state;
    document.body.dataset.day = st ? st.day : 0;
    const last = S.frames[S.frames.length - 1];
    $('mon-date').textContent = last ? last.date : (st ? st.settings.start_date : '-');
    const m = st && st.monitors;
    $('mon-pm25').textContent = m ? m.pm25_mean_ugm3.toFixed(1) : '-';
    $('mon-attain').textContent = m ? m.attainment_days.toFixed(1) : '-';
    $('mon-heavy').textContent = m ? m.heavy_days.toFixed(1) : '-';
    $('mon-poa').textContent = m && m.price_of_anarchy !== null ? m.price_of_anarchy.toFixed(3) : '-';
    $('mon-cost').textContent = m ? fmtBn(m.abatement_cost_cny) : '-';
    $('mon-payoff').textContent = m ? fmtBn(m.payoff_cny) : '-';
    $('mon-effort').textContent = m ? (100 * m.mean_effort).toFixed(1) + ' %' : '-';
    $('seed-shown').textContent = st ? st.settings.seed : '';
    if (S.map) S.map.update(last ? { pm25: last.pm25, effort: last.effort } : {});
    if (S.charts.pm25) {
      const xs = S.frames.map((f) => Date.parse(f.date) / 1000);
      S.charts.pm25.setData([xs, S.frames.map((f) => f.region_pm25)]);
      const cum = aqi.CLASSES.map(() => []);
      const run = aqi.CLASSES.map(() => 0);
      for (const f of S.frames) {
        const n = f.aqi_class.length || 1;
        for (const k of f.aqi_class) run[k] += 1 / n;
        run.forEach((v, k) => cum[k].push(Math.round(v * 100) / 100));
      }
      S.charts.classes.setData([xs, ...cum]);
    }
    const names = S.region ? S.region.jurisdictions.map(i18n.name) : [];
    const per = st && st.jurisdictions;
    AirgovBars.draw($('bars-effort'), names, last ? last.effort : names.map(() => null));
    AirgovBars.draw($('bars-cost'), names, per ? per.map((j) => j.cost_cny / 1e6) : names.map(() => null), { colour: '#8c6d31' });
    AirgovBars.draw($('bars-payoff'), names, per ? per.map((j) => j.payoff_cny / 1e6) : names.map(() => null), { colour: '#3b8a3e' });
    AirgovBars.draw($('bars-transfer'), names, per ? per.map((j) => j.transfer_cny / 1e6) : names.map(() => null), { colour: '#6a51a3' });
    drawLegend();
  }
  function drawLegend() {
    const box = $('legend');
    box.textContent = '';
    aqi.CLASSES.forEach((c, k) => {
      const s = document.createElement('span');
      s.className = 'swatch';
      s.style.background = aqi.colour(k);
      s.style.color = aqi.textColour(k);
      s.textContent = i18n.t(c);
      box.appendChild(s);
    });
  }

  // ---- CSV export of what is on screen.
  function exportDaily() {
    if (!S.region) return;
    const rows = [];
    for (const f of S.frames)
      S.region.jurisdictions.forEach((j, i) => rows.push([f.date, f.day, j.id, f.pm25[i], aqi.CLASSES[f.aqi_class[i]], f.effort[i], f.region_pm25]));
    AirgovCsv.download(`airgov-${S.settings.preset}-seed${S.settings.seed}-daily.csv`,
      ['date', 'day', 'jurisdiction', 'pm25_ugm3', 'aqi_class', 'effort', 'region_pm25_ugm3'], rows);
  }
  function exportTotals() {
    if (!S.region || !S.state || !S.state.jurisdictions) return;
    const rows = S.region.jurisdictions.map((j, i) => {
      const t = S.state.jurisdictions[i];
      return [j.id, j.name, j.name_zh, t.pm25_mean_ugm3, t.attainment_days, t.heavy_days, t.mean_effort, t.cost_cny,
        t.damage_cny, t.transfer_cny, t.payoff_cny];
    });
    AirgovCsv.download(`airgov-${S.settings.preset}-seed${S.settings.seed}-jurisdictions.csv`,
      ['jurisdiction', 'name', 'name_zh', 'pm25_mean_ugm3', 'attainment_days', 'heavy_days', 'mean_effort', 'abatement_cost_cny',
        'damage_cny', 'transfer_cny', 'payoff_cny'], rows);
  }

  // ---- Tabs, language, palette.
  function showTab(name) {
    document.querySelectorAll('.tab').forEach((t) => { t.hidden = t.id !== 'tab-' + name; });
    document.querySelectorAll('nav button[data-tab]').forEach((b) => b.classList.toggle('active', b.dataset.tab === name));
    if (name === 'model') window.dispatchEvent(new Event('resize'));
  }
  function rerender() {
    i18n.apply();
    if (S.region && S.map) { S.map.relabel(i18n.name); buildCharts(); }
    render();
    if (window.AirgovClassroom) window.AirgovClassroom.rerender();
  }

  async function start() {
    try {
      const p = await api.presets();
      S.presets = p.presets; S.rules = p.rules; S.levers = p.levers;
      buildControls();
      $('preset').addEventListener('change', async () => { applyPreset($('preset').value); await setup(); });
      $('setup').addEventListener('click', setup);
      $('go').addEventListener('click', go);
      $('step').addEventListener('click', () => { pause(); step(); });
      $('export-daily').addEventListener('click', exportDaily);
      $('export-totals').addEventListener('click', exportTotals);
      $('language').addEventListener('change', () => { i18n.setLanguage($('language').value); rerender(); });
      $('palette').addEventListener('change', () => { aqi.setPalette($('palette').value); rerender(); });
      document.querySelectorAll('nav button[data-tab]').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab)));
      document.querySelectorAll('[data-try-preset]').forEach((b) => b.addEventListener('click', async () => {
        showTab('model'); applyPreset(b.dataset.tryPreset); await setup();
      }));
      window.addEventListener('resize', () => {
        for (const [k, c] of Object.entries(S.charts)) c.setSize({ width: chartWidth('chart-' + k), height: 220 });
      });
      applyPreset(p.default);
      i18n.apply();
      await setup();
      if (window.AirgovClassroom) window.AirgovClassroom.init(S);
      const hash = new URLSearchParams(location.hash.slice(1));
      if (hash.get('join')) { showTab('class'); window.AirgovClassroom.prefill(hash.get('join')); }
      document.body.dataset.ready = '1';
    } catch (e) { showError(e); }
  }
  window.AirgovApp = { leverValues, showTab, render };
  document.addEventListener('DOMContentLoaded', start);
})();
