#!/usr/bin/env node
// npm test: typecheck, lint, format, unit + component tests, production build, browser tests.
// Ends with one line "N passed, N failed" summed over every runner; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed`);
  }
}

function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  if (candidates.some((p) => p && existsSync(p))) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian chromium with apt-get…');
    run('apt-get update', 'apt-get', ['update', '-qq']);
    return run('install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], {
      DEBIAN_FRONTEND: 'noninteractive',
    });
  }
  console.error(
    'Browser tests need Chromium. Set CHROME_PATH to a Chromium binary, or install it (Debian/Ubuntu: sudo apt-get install -y chromium).',
  );
  return false;
}

const bin = (name) => `node_modules/.bin/${name}`;

check('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);
check('format', bin('prettier'), ['--check', '.']);

run('unit and component tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
if (existsSync('test-results/vitest.json')) {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += report.numPassedTests;
  failed +=
    report.numFailedTests +
    (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0
      ? 1
      : 0);
} else failed += 1;

const built = run('production build', bin('vite'), ['build']);
if (!built) failed += 1;
if (built && ensureChromium()) {
  run('browser tests', bin('playwright'), ['test']);
  if (existsSync('test-results/playwright.json')) {
    const { stats } = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
    passed += stats.expected;
    failed += stats.unexpected + stats.flaky;
    if (stats.expected + stats.unexpected === 0) failed += 1;
  } else failed += 1;
} else if (built) failed += 1;

writeFileSync('test-results/summary.json', JSON.stringify({ passed, failed }));
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
