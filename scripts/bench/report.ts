/** One line per figure: name, value, budget, PASS/FAIL. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The figure must be at most (or, with `atLeast`, at least) this. */
  readonly budget: number;
  readonly atLeast?: boolean;
  readonly note?: string;
}

export const passes = (f: Figure) => (f.atLeast ? f.value >= f.budget : f.value <= f.budget);

export function printFigures(title: string, figures: readonly Figure[]): boolean {
  console.log(`\n${title}`);
  for (const f of figures) {
    const value =
      f.value >= 100 ? f.value.toFixed(0) : f.value >= 1 ? f.value.toFixed(2) : f.value.toFixed(4);
    const budget = `${f.atLeast ? '≥' : '≤'} ${f.budget} ${f.unit}`;
    console.log(
      `  ${passes(f) ? 'PASS' : 'FAIL'}  ${f.name.padEnd(58)} ${`${value} ${f.unit}`.padStart(14)}   budget ${budget}${f.note ? `   (${f.note})` : ''}`,
    );
  }
  return figures.every(passes);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export function timeIt(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}
