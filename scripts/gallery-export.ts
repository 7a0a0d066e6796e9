/**
 * npm run gallery:export [-- --states a,b --themes light --widths 360,1280 --out dir]
 * Builds the app, serves it, and writes gallery-export/<state>--<theme>--<width>.png
 * for every state × theme × width, plus gallery-export/index.html.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { WIDTHS, type Theme, type Width } from '../src/features/preview/controls';
import { SCENARIOS } from '../src/features/preview/scenarios';
import { checkExport, exportGallery, THEMES } from './gallery/export';
import { launchChromium, startPreview } from './harness';

const { values } = parseArgs({
  options: {
    states: { type: 'string' },
    themes: { type: 'string' },
    widths: { type: 'string' },
    out: { type: 'string', default: 'gallery-export' },
    'no-build': { type: 'boolean', default: false },
    /** Then check every expected file: its name, its width, its place in index.html. */
    check: { type: 'boolean', default: false },
  },
});
const list = (v: string | undefined) =>
  v
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const themes = list(values.themes) as Theme[] | undefined;
const widths = list(values.widths)?.map(Number) as Width[] | undefined;
if (themes?.some((t) => !THEMES.includes(t))) throw new Error(`Themes are: ${THEMES.join(', ')}`);
if (widths?.some((w) => !WIDTHS.includes(w))) throw new Error(`Widths are: ${WIDTHS.join(', ')}`);

if (!values['no-build']) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const preview = await startPreview(Number(process.env.GALLERY_PORT ?? 4176));
const browser = await launchChromium();
const started = Date.now();
try {
  const files = await exportGallery({
    browser,
    baseUrl: preview.url,
    outDir: values.out,
    states: list(values.states),
    themes,
    widths,
    onFile: (name) => console.log(`  ${name}`),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${files.length} images and index.html in ${values.out}/ (${seconds} s)`);
  if (values.check) {
    const problems = checkExport(
      values.out,
      list(values.states) ?? SCENARIOS.map((s) => s.id),
      themes ?? THEMES,
      widths ?? WIDTHS,
    );
    for (const p of problems) console.error(`✗ ${p}`);
    console.log(problems.length === 0 ? 'Export checked: every file named and sized right.' : '');
    process.exitCode = problems.length === 0 ? 0 : 1;
  }
} finally {
  await browser.close();
  preview.stop();
}
