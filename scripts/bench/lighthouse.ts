/** Lighthouse 12.2.3 on the production build, offline, with Debian's Chromium. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../chromium';
import { CHROMIUM_ARGS, startPreview } from '../harness';
import { printFigures, type Figure } from './report';

const PORT = 4179;
const preview = await startPreview(PORT);
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
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
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
  preview.stop();
}
