// Participatory play (the Classroom tab). The teacher opens a classroom with the model tab's
// preset, rule, seed and levers and shows the code (or the link); each student joins from
// another tab or machine, takes one government and sets its effort each round. The page polls
// the classroom's state once a second; the round is simulated on the server when everyone has
// submitted, when its timer runs out, or when the teacher ends it.
(function () {
  'use strict';
  const { AirgovApi: api, AirgovI18n: i18n, AirgovAqi: aqi, AirgovMap, AirgovBars } = window;
  const $ = (id) => document.getElementById(id);
  const C = { app: null, code: null, teacher: null, token: null, jurisdiction: null, region: null, state: null, map: null, timer: null };
  window.airgovClass = C;

  function showError(e) {
    $('class-error').textContent = e ? (e.message || String(e)) : '';
    $('class-error').hidden = !e;
  }
  async function loadRegion(preset) {
    C.region = await api.region(preset);
    C.map = AirgovMap.create($('class-map'), C.region, { maxEffort: 0.8, name: i18n.name });
  }
  async function openClassroom() {
    showError(null);
    try {
      const settings = {
        preset: $('preset').value, rule: $('rule').value, seed: Number($('seed').value), days: Number($('days').value),
        levers: window.AirgovApp.leverValues(), round_seconds: Number($('round-seconds').value),
      };
      const r = await api.openClassroom(settings);
      C.code = r.code; C.teacher = r.teacher_token;
      await loadRegion(settings.preset);
      $('class-code').textContent = r.code;
      const link = `${location.origin}${location.pathname}#join=${r.code}`;
      $('class-link').textContent = link;
      $('class-link').href = link;
      $('teacher-panel').hidden = false;
      update(r.state);
      poll();
    } catch (e) { showError(e); }
  }
  async function prefill(code) {
    $('join-code').value = code;
    await refreshSeats();
  }
  // The seat chooser lists the free governments of the classroom named by the code.
  async function refreshSeats() {
    const code = $('join-code').value.trim().toUpperCase();
    if (!/^[A-Z0-9]{6}$/.test(code)) return;
    try {
      const st = await api.classroom(code);
      const preset = st.state.settings.preset;
      if (!C.region || C.regionPreset !== preset) { await loadRegion(preset); C.regionPreset = preset; }
      const sel = $('join-seat');
      sel.textContent = '';
      C.region.jurisdictions.forEach((j, i) => {
        if (st.seats[i].taken) return;
        const o = document.createElement('option');
        o.value = j.id; o.textContent = i18n.name(j);
        sel.appendChild(o);
      });
      showError(null);
    } catch (e) { showError(e); }
  }
  async function join() {
    showError(null);
    const code = $('join-code').value.trim().toUpperCase();
    try {
      if (!C.region) await refreshSeats();
      const r = await api.join(code, $('join-seat').value, $('join-name').value);
      C.code = code; C.token = r.token; C.jurisdiction = r.jurisdiction;
      $('player-panel').hidden = false;
      $('player-government').textContent = i18n.name(C.region.jurisdictions.find((j) => j.id === r.jurisdiction));
      $('effort').max = r.state.state.settings.max_effort;
      update(r.state);
      poll();
    } catch (e) { showError(e); }
  }
  async function submit() {
    showError(null);
    try {
      update(await api.submit(C.code, C.token, Number($('effort').value)));
    } catch (e) { showError(e); }
  }
  async function endRound() {
    showError(null);
    try { update(await api.advance(C.code, C.teacher)); } catch (e) { showError(e); }
  }
  function poll() {
    clearInterval(C.timer);
    C.timer = setInterval(async () => {
      try { update(await api.classroom(C.code, C.token)); } catch (e) { showError(e); }
    }, 1000);
  }
  function update(st) {
    C.state = st;
    rerender();
  }
  function rerender() {
    const st = C.state;
    if (!st || !C.region) return;
    if (C.map) C.map.relabel(i18n.name);
    $('class-round').textContent = st.done ? i18n.t('game_over') : `${i18n.t('round')} ${st.round}`;
    $('class-round').dataset.round = st.round;
    $('class-timer').textContent = st.seconds_left !== null ? `${st.seconds_left} ${i18n.t('seconds_left')}` : '';
    // Seats.
    const tbody = $('seats').querySelector('tbody');
    tbody.textContent = '';
    const last = st.rounds[st.rounds.length - 1];
    C.region.jurisdictions.forEach((j, i) => {
      const s = st.seats[i];
      const tr = document.createElement('tr');
      if (s.yours) tr.className = 'yours';
      const status = !s.taken ? i18n.t('computer') : s.submitted ? i18n.t('submitted') : i18n.t('waiting');
      const p = last && last.period;
      const cells = [i18n.name(j), s.taken ? s.name : '', status,
        p ? (100 * p.effort[i]).toFixed(1) + ' %' : '', p ? p.mean_pm25[i].toFixed(1) : '',
        p ? (p.payoff_cny[i] / 1e6).toFixed(1) : '', last && last.heavy_days ? last.heavy_days[i] : ''];
      for (const c of cells) { const td = document.createElement('td'); td.textContent = c; tr.appendChild(td); }
      tbody.appendChild(tr);
    });
    $('class-results').hidden = !last;
    if (last && last.period) {
      $('class-outcome').textContent = `${last.first_date} - ${last.last_date}: ${last.region_pm25.toFixed(1)} ug/m3`;
      C.map.update({ pm25: last.period.mean_pm25, effort: last.period.effort });
      AirgovBars.draw($('class-payoffs'), C.region.jurisdictions.map(i18n.name), last.period.payoff_cny.map((v) => v / 1e6), { colour: '#3b8a3e' });
    }
    if (C.token) {
      const mine = st.seats.findIndex((s) => s.yours);
      $('submit-effort').disabled = st.done || (mine >= 0 && st.seats[mine].submitted);
    }
  }
  window.AirgovClassroom = {
    init(app) {
      C.app = app;
      $('open-class').addEventListener('click', openClassroom);
      $('end-round').addEventListener('click', endRound);
      $('join').addEventListener('click', join);
      $('join-code').addEventListener('change', refreshSeats);
      $('submit-effort').addEventListener('click', submit);
      $('effort').addEventListener('input', () => { $('effort-value').textContent = (100 * Number($('effort').value)).toFixed(0) + ' %'; });
    },
    prefill, rerender,
  };
})();
