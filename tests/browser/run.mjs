// Browser tests of the web app and the HTML reports (README, "Web app and reports"): Playwright
// (playwright-core from tools/web/node_modules) drives Debian's Chromium headless; no browser
// is ever downloaded. Usage:
//   node tests/browser/run.mjs BUILD_DIR/airgov [--artifacts DIR] [--update-screenshots]
// Starts `airgov serve --port 0`, then: loads the page; runs; moves a lever slider and sees the
// charts and map change; switches preset; replays a seed and gets the same numbers; joins a
// classroom from a second page and plays a round; exports CSV; switches language and palette;
// opens a run report and a compare report offline and sees their charts. Screenshots go to the
// artifacts folder (and to docs/screenshots/ with --update-screenshots). Exit 0 when all pass.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(repo, 'tools/web/package.json'));
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const binary = path.resolve(args[0] || path.join(repo, 'build/airgov'));
const artifacts = path.resolve(args.includes('--artifacts') ? args[args.indexOf('--artifacts') + 1] : path.join(path.dirname(binary), 'browser-artifacts'));
const updateScreenshots = args.includes('--update-screenshots');
const chromiumPath = process.env.AIRGOV_CHROMIUM || '/usr/bin/chromium';
fs.mkdirSync(artifacts, { recursive: true });

const results = [];
async function test(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push([name, 'ok']);
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push([name, 'FAIL']);
    console.log(`FAIL ${name}: ${e.stack || e}`);
  }
}

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('airgov serve did not start in 60 s: ' + out)), 60000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); resolve({ child, url: `http://127.0.0.1:${m[1]}/` }); }
    });
    child.on('exit', (code) => reject(new Error(`airgov serve exited with ${code}: ${out}`)));
  });
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airgov-chromium-'));
const { child, url } = await startServer();
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 1000 },
  acceptDownloads: true,
});
// Only the airgov server and local files may be reached: anything else fails the test.
const external = [];
await context.route('**/*', (route) => {
  const u = route.request().url();
  if (u.startsWith(url) || u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
  external.push(u);
  return route.abort();
});

const page = context.pages()[0] || await context.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));

// Helpers on the live page.
const ready = () => page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
const monitors = () => page.evaluate(() => Object.fromEntries(['mon-date', 'mon-pm25', 'mon-attain', 'mon-heavy', 'mon-poa', 'mon-effort', 'mon-cost', 'mon-payoff']
  .map((id) => [id, document.getElementById(id).textContent])));
async function setupWith(preset, seed, levers) {
  await page.selectOption('#preset', preset);
  await page.waitForFunction((p) => window.airgov.settings && window.airgov.settings.preset === p && !window.airgov.busy, preset);
  await page.fill('#seed', String(seed));
  for (const [k, v] of Object.entries(levers || {}))
    await page.evaluate(([k, v]) => { const e = document.getElementById('lever-' + k); e.value = v; e.dispatchEvent(new Event('input')); }, [k, v]);
  await page.click('#setup');
  await page.waitForFunction((s) => window.airgov.settings && window.airgov.settings.seed === s && window.airgov.frames.length === 0, seed);
}
async function stepDays(n) {
  await page.selectOption('#speed', '10');
  const target = (await page.evaluate(() => window.airgov.frames.length)) + n;
  while ((await page.evaluate(() => window.airgov.frames.length)) < target) {
    await page.click('#step');
    await page.waitForFunction(() => !window.airgov.busy);
  }
}
const snapshot = () => page.evaluate(() => ({
  frames: JSON.stringify(window.airgov.frames),
  state: JSON.stringify(window.airgov.state.monitors),
  fills: [...document.querySelectorAll('#map .disc')].map((d) => d.getAttribute('fill')).join(','),
  rings: [...document.querySelectorAll('#map .ring')].map((d) => d.getAttribute('stroke-dasharray')).join(','),
  chart: JSON.stringify(window.airgov.charts.pm25.data),
  bars: document.getElementById('bars-effort').innerHTML,
}));

await test('loads the page offline with map, controls and charts', async () => {
  await page.goto(url);
  await ready();
  assert.equal(await page.locator('#map .city').count(), 31);
  assert.ok((await page.locator('#map line.tie').count()) > 0, 'cooperation ties drawn');
  assert.equal(await page.locator('#levers input[type=range]').count(), 6);
  assert.ok((await page.locator('#rule option').count()) >= 5);
  assert.ok((await page.locator('#preset option').count()) >= 13);
  assert.ok((await page.locator('#chart-pm25 canvas').count()) >= 1, 'uPlot chart drawn');
  assert.equal(await page.title(), 'airgov');
});

await test('runs: go, pause, step; monitors and charts fill', async () => {
  await setupWith('territorial', 11, {});
  await page.click('#go');
  await page.waitForFunction(() => window.airgov.frames.length >= 40, null, { timeout: 30000 });
  await page.click('#go');  // pause
  await page.waitForFunction(() => !window.airgov.running && !window.airgov.busy);
  const m = await monitors();
  assert.notEqual(m['mon-pm25'], '-');
  assert.match(m['mon-date'], /^2013-0[2-9]-\d\d$/);
  assert.match(m['mon-poa'], /^\d\.\d{3}$/, 'price of anarchy shown after the first period');
  const n = await page.evaluate(() => window.airgov.charts.pm25.data[0].length);
  assert.equal(n, await page.evaluate(() => window.airgov.frames.length));
  await page.screenshot({ path: path.join(artifacts, 'live.png'), fullPage: true });
});

await test('moving a lever slider changes the charts and the map', async () => {
  await setupWith('territorial', 11, { laws_regulations: 0 });
  await stepDays(60);
  const a = await snapshot();
  await setupWith('territorial', 11, { laws_regulations: 1 });
  await stepDays(60);
  const b = await snapshot();
  assert.notEqual(a.chart, b.chart, 'PM2.5 chart differs');
  assert.notEqual(a.rings, b.rings, 'effort rings on the map differ');
  assert.notEqual(a.bars, b.bars, 'effort bars differ');
  const ea = JSON.parse(a.state).mean_effort, eb = JSON.parse(b.state).mean_effort;
  assert.ok(eb > ea + 0.05, `laws raise effort (${ea} -> ${eb})`);
  // A slider moved during a run reaches the server's session.
  await page.evaluate(() => { const e = document.getElementById('lever-funding'); e.value = 0.7; e.dispatchEvent(new Event('change')); });
  await page.waitForFunction(() => window.airgov.state.settings.levers.funding === 0.7);
});

await test('switching preset loads its region, rule and levers', async () => {
  await page.selectOption('#preset', 'classroom-free-rider');
  await page.waitForFunction(() => window.airgov.settings.preset === 'classroom-free-rider' && document.querySelectorAll('#map .city').length === 13);
  assert.equal(await page.inputValue('#rule'), 'evolutionary');
  assert.equal(await page.inputValue('#seed'), '2013');
  await page.selectOption('#preset', 'recommended-package');
  await page.waitForFunction(() => window.airgov.settings.preset === 'recommended-package' && document.querySelectorAll('#map .city').length === 31);
  assert.notEqual(await page.inputValue('#lever-laws_regulations'), '0');
});

await test('the same seed replays to the same numbers; another seed does not', async () => {
  await setupWith('default', 42, {});
  await stepDays(40);
  const a = await snapshot(), ma = await monitors();
  await setupWith('default', 42, {});
  await stepDays(40);
  const b = await snapshot(), mb = await monitors();
  assert.equal(a.frames, b.frames);
  assert.deepEqual(ma, mb);
  assert.equal(a.fills, b.fills);
  await setupWith('default', 43, {});
  await stepDays(40);
  const c = await snapshot();
  assert.notEqual(a.frames, c.frames);
});

await test('exports what is on screen as CSV', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-daily')]);
  const file = path.join(artifacts, 'daily.csv');
  await download.saveAs(file);
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
  assert.equal(lines[0], 'date,day,jurisdiction,pm25_ugm3,aqi_class,effort,region_pm25_ugm3');
  const frames = await page.evaluate(() => window.airgov.frames.length);
  assert.equal(lines.length, 1 + 31 * frames);
});

await test('language and colour-blind palette switches', async () => {
  await page.selectOption('#language', 'zh');
  assert.equal(await page.textContent('[data-tab="model"]'), '模型');
  assert.ok((await page.locator('#map .label', { hasText: '北京' }).count()) === 1);
  await page.selectOption('#palette', 'safe');
  const fills = await page.evaluate(() => [...document.querySelectorAll('#map .disc')].map((d) => d.getAttribute('fill')));
  const safe = ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154'];
  assert.ok(fills.every((f) => safe.includes(f)), 'every disc in the safe palette: ' + fills.join(','));
  await page.selectOption('#language', 'en');
  await page.selectOption('#palette', 'official');
});

await test('a student joins from a second page and plays a round', async () => {
  await page.selectOption('#preset', 'territorial');
  await page.waitForFunction(() => window.airgov.settings.preset === 'territorial' && !window.airgov.busy);
  await page.click('[data-tab="class"]');
  await page.click('#open-class');
  await page.waitForFunction(() => document.getElementById('class-code').textContent.length === 6);
  const code = await page.textContent('#class-code');
  const student = await context.newPage();
  student.on('pageerror', (e) => pageErrors.push('student: ' + e));
  await student.goto(`${url}#join=${code}`);
  await student.waitForSelector('body[data-ready="1"]');
  await student.waitForFunction(() => document.querySelectorAll('#join-seat option').length === 31);
  await student.selectOption('#join-seat', 'beijing');
  await student.fill('#join-name', 'Student A');
  await student.click('#join');
  await student.waitForSelector('#player-panel:not([hidden])');
  // The teacher sees the seat taken.
  await page.waitForFunction(() => [...document.querySelectorAll('#seats tbody tr')].some((r) => r.textContent.includes('Student A')));
  await student.evaluate(() => { const e = document.getElementById('effort'); e.value = 0.5; e.dispatchEvent(new Event('input')); });
  await student.click('#submit-effort');
  await student.waitForFunction(() => document.getElementById('class-round').dataset.round === '2');
  await page.waitForFunction(() => document.getElementById('class-round').dataset.round === '2', null, { timeout: 10000 });
  const row = await student.locator('#seats tbody tr.yours').textContent();
  assert.ok(row.includes('50.0 %'), 'the student\'s effort was played: ' + row);
  assert.ok(!(await student.locator('#class-results').isHidden()));
  assert.ok((await student.locator('#class-payoffs rect').count()) === 31, 'payoff of every government shown');
  await student.screenshot({ path: path.join(artifacts, 'classroom-student.png'), fullPage: true });
  await page.screenshot({ path: path.join(artifacts, 'classroom-teacher.png'), fullPage: true });
  await student.close();
  await page.click('[data-tab="model"]');
});

// Reports: written by the CLI, opened from disk with the network cut off.
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airgov-report-'));
execFileSync(binary, ['run', '--days', '120', '--report', path.join(reportDir, 'run.html')], { stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync(binary, ['compare', 'scenarios/library/territorial.json', 'scenarios/library/recommended-package.json', '--replicates', '3',
  '--report', path.join(reportDir, 'compare.html')], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });

await test('a run report opens offline and shows its charts and map', async () => {
  const report = await context.newPage();
  report.on('pageerror', (e) => pageErrors.push('report: ' + e));
  await context.setOffline(true);
  await report.goto('file://' + path.join(reportDir, 'run.html'));
  await report.waitForSelector('body[data-ready="1"]');
  assert.ok((await report.locator('#chart-pm25 canvas').count()) >= 1);
  assert.ok((await report.locator('#chart-classes canvas').count()) >= 1);
  assert.equal(await report.locator('#map .city').count(), 31);
  assert.equal(await report.locator('#bars-pm25 rect').count(), 31);
  await report.screenshot({ path: path.join(artifacts, 'report-full.png'), fullPage: true });
  await report.screenshot({ path: path.join(artifacts, 'report.png') });  // the first screen, for the docs
  await report.close();
});

await test('a compare report opens offline and shows its charts', async () => {
  const report = await context.newPage();
  report.on('pageerror', (e) => pageErrors.push('compare report: ' + e));
  await report.goto('file://' + path.join(reportDir, 'compare.html'));
  await report.waitForSelector('body[data-ready="1"]');
  assert.equal(await report.locator('#bars-scen-pm25 rect').count(), 2);
  assert.equal(await report.locator('#bars-gain rect').count(), 31);
  assert.equal(await report.locator('#map .city').count(), 31);
  await report.screenshot({ path: path.join(artifacts, 'compare-report.png'), fullPage: true });
  await report.close();
  await context.setOffline(false);
});

await test('no script error and no request left the machine', async () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(external, []);
});

await context.close();
child.kill('SIGTERM');
fs.rmSync(userDataDir, { recursive: true, force: true });
fs.rmSync(reportDir, { recursive: true, force: true });
if (updateScreenshots) {
  const docs = path.join(repo, 'docs/screenshots');
  fs.mkdirSync(docs, { recursive: true });
  fs.copyFileSync(path.join(artifacts, 'live.png'), path.join(docs, 'live-page.png'));
  fs.copyFileSync(path.join(artifacts, 'report.png'), path.join(docs, 'run-report.png'));
}
const failed = results.filter((r) => r[1] !== 'ok').length;
console.log(`${results.length - failed}/${results.length} browser tests passed; screenshots in ${artifacts}`);
process.exit(failed ? 1 : 0);
