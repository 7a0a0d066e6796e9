/**
 * Writes a PNG of every gallery state × theme × width, each exactly the
 * frame's width in CSS pixels, and an index.html contact sheet beside them.
 * Each state is opened as the gallery's own frame page (#/frame/…), at a
 * viewport of the frame's true size, and drawn by the browser itself.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { SCENARIOS, type KeyElement } from '../../src/features/preview/scenarios';
import { FRAME_HEIGHT } from '../../src/features/preview/frameSize';
import {
  frameHash,
  DEFAULT_CONTROLS,
  WIDTHS,
  type Theme,
  type Width,
} from '../../src/features/preview/controls';

export const THEMES: readonly Theme[] = ['light', 'dark'];

export interface ExportOptions {
  readonly browser: Browser;
  readonly baseUrl: string;
  readonly outDir: string;
  readonly states?: readonly string[];
  readonly themes?: readonly Theme[];
  readonly widths?: readonly Width[];
  /** Told of each file as it is written. */
  readonly onFile?: (name: string) => void;
}

export const pngName = (state: string, theme: Theme, width: Width) =>
  `${state}--${theme}--${width}.png`;

/** The element that shows a state is ready, found as a person would (role and name, or text). */
export function keyLocator(root: Page | FrameLocator, key: KeyElement): Locator {
  if (key.role) return root.getByRole(key.role, { name: key.name, exact: true }).first();
  return root.getByText(key.text!, { exact: false }).first();
}

export async function exportGallery(options: ExportOptions): Promise<string[]> {
  const states = options.states ?? SCENARIOS.map((s) => s.id);
  const themes = options.themes ?? THEMES;
  const widths = options.widths ?? WIDTHS;
  const unknown = states.filter((id) => !SCENARIOS.some((s) => s.id === id));
  if (unknown.length > 0) throw new Error(`No such state in the gallery: ${unknown.join(', ')}`);
  mkdirSync(options.outDir, { recursive: true });
  const written: string[] = [];
  for (const width of widths) {
    // One page per width: a state's frame page is this page at the frame's true size.
    const page = await options.browser.newPage({
      viewport: { width, height: FRAME_HEIGHT },
      deviceScaleFactor: 1,
    });
    try {
      for (const id of states) {
        const scenario = SCENARIOS.find((s) => s.id === id)!;
        for (const theme of themes) {
          const hash = frameHash(id, { ...DEFAULT_CONTROLS, theme, width });
          // A fresh load per shot (a hash change alone would keep the page): nothing of the
          // last state (a dialog, a focus) carries over.
          await page.goto('about:blank');
          await page.goto(`${options.baseUrl}/${hash}`);
          await page.locator('.stage[data-state="built"]').waitFor({ timeout: 30_000 });
          await keyLocator(page, scenario.key).waitFor({ state: 'visible', timeout: 30_000 });
          const name = pngName(id, theme, width);
          await page.screenshot({
            path: join(options.outDir, name),
            animations: 'disabled',
            caret: 'hide',
          });
          written.push(name);
          options.onFile?.(name);
        }
      }
    } finally {
      await page.close();
    }
  }
  writeFileSync(join(options.outDir, 'index.html'), contactSheet(states, themes, widths));
  return written;
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** One row per state, one image per theme and width, each at a third of its size. */
function contactSheet(
  states: readonly string[],
  themes: readonly Theme[],
  widths: readonly Width[],
) {
  const rows = states.map((id) => {
    const title = SCENARIOS.find((s) => s.id === id)!.title;
    const cells = widths.flatMap((w) =>
      themes.map((t) => {
        const name = pngName(id, t, w);
        return `<figure><a href="${name}"><img src="${name}" width="${Math.round(w / 3)}" alt="${escape(`${title}, ${t}, ${w} px`)}"></a><figcaption>${t} · ${w} px</figcaption></figure>`;
      }),
    );
    return `<section id="${escape(id)}"><h2>${escape(title)} <small>${escape(id)}</small></h2><div class="row">${cells.join('')}</div></section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Parley gallery: contact sheet</title>
<style>
body { font: 14px system-ui, sans-serif; margin: 1.5rem; }
.row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
figure { margin: 0; }
img { display: block; border: 1px solid #ccc; height: auto; }
figcaption, small { color: #555; }
</style>
</head>
<body>
<h1>Parley gallery: ${states.length} states × ${themes.length} themes × ${widths.length} widths</h1>
${rows.join('\n')}
</body>
</html>
`;
}

/** The width a PNG says it is (its IHDR chunk), to check a file without an image library. */
export function pngWidth(bytes: Uint8Array): number {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(16);
}

/** What is wrong with an export directory, in words (nothing: an empty list). */
export function checkExport(
  outDir: string,
  states: readonly string[],
  themes: readonly Theme[],
  widths: readonly Width[],
): string[] {
  const problems: string[] = [];
  const files = new Set(readdirSync(outDir));
  const sheet = files.has('index.html') ? readFileSync(join(outDir, 'index.html'), 'utf8') : '';
  if (!sheet) problems.push('index.html is missing');
  for (const id of states)
    for (const theme of themes)
      for (const width of widths) {
        const name = pngName(id, theme, width);
        if (!files.has(name)) {
          problems.push(`${name} is missing`);
          continue;
        }
        const actual = pngWidth(readFileSync(join(outDir, name)));
        if (actual !== width) problems.push(`${name} is ${actual} px wide, not ${width}`);
        if (!sheet.includes(`src="${name}"`)) problems.push(`index.html does not show ${name}`);
      }
  return problems;
}
