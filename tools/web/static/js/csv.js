// CSV files of what is on screen, for worksheets: RFC 4180 quoting, downloaded as a file.
(function (root) {
  'use strict';
  function cell(v) {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function text(header, rows) {
    return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
  }
  function download(filename, header, rows) {
    const blob = new Blob([text(header, rows)], { type: 'text/csv' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  root.AirgovCsv = { text, download };
})(window);
