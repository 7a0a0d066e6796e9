/** Lighthouse 12.2.3 on the production build, offline, with Debian's Chromium. */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../chromium';
import { printFigures, type Figure } from './report';

const PORT = 4179;
const preview = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 2500));
try {
  const out = '/tmp/parley-lighthouse.json';
  const result = spawnSync(
    'npx',
    [
      'lighthouse',
      `http://127.0.0.1:${PORT}/`,
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('lighthouse failed');
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number }>;
  };
  const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
  const figures: Figure[] = [
    {
      name: 'lighthouse: performance',
      value: score('performance'),
      unit: '',
      budget: 95,
      atLeast: true,
    },
    {
      name: 'lighthouse: accessibility',
      value: score('accessibility'),
      unit: '',
      budget: 100,
      atLeast: true,
    },
    {
      name: 'lighthouse: best practices',
      value: score('best-practices'),
      unit: '',
      budget: 100,
      atLeast: true,
    },
  ];
  process.exitCode = printFigures('Lighthouse 12.2.3 (offline, production build)', figures) ? 0 : 1;
} finally {
  preview.kill();
}
