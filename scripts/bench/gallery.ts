/**
 * The designers' gallery in Chromium: how long a player step takes from the
 * click to the next turn's state on screen in its frame, and how long a state
 * takes to build when its link is first opened.
 */
import { launchChromium, startPreview } from '../harness';
import { median, printFigures } from './report';

const PORT = 4177;

async function main() {
  const preview = await startPreview(PORT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const firstBuild: number[] = [];
    for (const id of ['ended-by-policy', 'long-thread', 'feedback-filled']) {
      await page.goto('about:blank');
      const started = Date.now();
      await page.goto(`${preview.url}/#/preview/${id}`);
      await page.frameLocator('iframe').first().locator('.stage[data-state="built"]').waitFor();
      firstBuild.push(Date.now() - started);
    }

    await page.goto(`${preview.url}/#/preview/player`);
    await page.frameLocator('iframe').first().locator('.stage[data-state="built"]').waitFor();
    const steps: number[] = [];
    const step = (name: string, turn: number) =>
      page.evaluate(
        async ({ name, turn }) => {
          const frame = document.querySelector('iframe')!;
          const before = frame.contentDocument!.querySelector('.stage');
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent === name,
          )!;
          const started = performance.now();
          button.click();
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r));
            const stage = frame.contentDocument!.querySelector<HTMLElement>('.stage');
            const onTurn =
              turn === 0 || frame.contentWindow!.location.hash.includes(`turn=${turn}`);
            if (onTurn && stage && stage !== before && stage.dataset.state === 'built')
              return performance.now() - started;
          }
        },
        { name, turn },
      );
    // A designer reads each turn before the next: the next one is built meanwhile.
    const reading = () => page.waitForFunction(() => new Promise((r) => setTimeout(r, 600, true)));
    for (let turn = 1; turn <= 5; turn += 1) {
      await reading();
      steps.push(await step('Next turn', turn));
    }
    for (let turn = 4; turn >= 0; turn -= 1) {
      await reading();
      steps.push(await step('Previous turn', turn));
    }
    const ok = printFigures('Preview gallery (Chromium, production build)', [
      {
        name: 'player: a step, click to the turn on screen (median)',
        value: median(steps),
        unit: 'ms',
        budget: 200,
        note: `10 steps: ${steps.map((s) => s.toFixed(0)).join(', ')}`,
      },
      {
        name: 'player: slowest of the 10 steps',
        value: Math.max(...steps),
        unit: 'ms',
        budget: 200,
      },
      {
        name: 'a state opened by its link, to built (median of 3)',
        value: median(firstBuild),
        unit: 'ms',
        budget: 3000,
        note: firstBuild.map((s) => s.toFixed(0)).join(', '),
      },
    ]);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await browser.close();
    preview.stop();
  }
}

await main();
