// The server's JSON API (tools/airgov/serve/web_server.cpp). Errors come back as
// {"error": {"status", "parameter", "message"}} and are thrown as Error with those fields.
(function (root) {
  'use strict';
  async function call(method, path, body) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(path, init);
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      const e = data.error || { status: res.status, parameter: '', message: res.statusText };
      const err = new Error(`${e.parameter ? e.parameter + ': ' : ''}${e.message}`);
      err.status = e.status; err.parameter = e.parameter;
      throw err;
    }
    return data;
  }
  root.AirgovApi = {
    presets: () => call('GET', '/api/presets'),
    region: (preset) => call('GET', '/api/region?preset=' + encodeURIComponent(preset)),
    createSession: (settings) => call('POST', '/api/sessions', settings),
    step: (id, days) => call('POST', `/api/sessions/${id}/step`, { days }),
    setLevers: (id, levers) => call('POST', `/api/sessions/${id}/levers`, { levers }),
    deleteSession: (id) => call('DELETE', `/api/sessions/${id}`),
    openClassroom: (settings) => call('POST', '/api/classrooms', settings),
    classroom: (code, token) => call('GET', `/api/classrooms/${code}` + (token ? '?token=' + token : '')),
    join: (code, jurisdiction, name) => call('POST', `/api/classrooms/${code}/join`, { jurisdiction, name }),
    submit: (code, token, effort) => call('POST', `/api/classrooms/${code}/submit`, { token, effort }),
    advance: (code, token) => call('POST', `/api/classrooms/${code}/advance`, { token }),
  };
})(window);
