/**
 * The tree suite (issue 19): one workload, steps a–g, run in one process through
 * `TreeAdapter` against this project's tree and assistant-ui's MessageRepository.
 * Each figure's goal is half assistant-ui's time measured here and now (f: 50 ms;
 * g: assistant-ui's heap per node). Run with --expose-gc for step g.
 */
import { assistantUiAdapter } from './assistantUiAdapter';
import { median, printFigures, type Figure } from './report';
import { adapter } from './treeAdapter';

// One module instance per implementation (see treeSteps.ts).
type Steps = typeof import('./treeSteps');
const STEPS_MODULE = './treeSteps.ts';
const forTheirs = (await import(`${STEPS_MODULE}?for=assistant-ui`)) as Steps;
const forOurs = (await import(`${STEPS_MODULE}?for=parley`)) as Steps;

// Warm both up once, then measure them in turns, so that a slower minute of a
// shared machine falls on both alike; each figure is the median of the rounds.
forTheirs.measure(assistantUiAdapter);
forOurs.measure(adapter);
const ROUNDS = 3;
const theirRounds: Record<string, number>[] = [];
const ourRounds: Record<string, number>[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  theirRounds.push(forTheirs.measure(assistantUiAdapter));
  ourRounds.push(forOurs.measure(adapter));
}
const medianOf = (rounds: Record<string, number>[]) =>
  Object.fromEntries(
    Object.keys(rounds[0]!).map((key) => [key, median(rounds.map((r) => r[key]!))]),
  );
const theirs = medianOf(theirRounds);
const ours = medianOf(ourRounds);

const STEPS: [key: string, name: string, unit: string][] = [
  ['a', 'a. 10,000-message chain, per add', 'µs'],
  ['b', 'b. build 100k tree (1,000 levels × 100 siblings)', 'ms'],
  ['c', 'c. switch at depth 10, then read the thread', 'µs'],
  ['d1', 'd1. read the 1,000-deep thread, unchanged', 'µs'],
  ['d2', 'd2. switch away and back, then read', 'µs'],
  ['d3', 'd3. read after a streaming update of the last message', 'µs'],
  ['d4', 'd4. the streaming update itself, at 100k nodes', 'µs'],
  ['e1', 'e1. export 100k', 'ms'],
  ['e2', 'e2. import 100k', 'ms'],
  ['f', 'f. 30,000 siblings under one parent', 'ms'],
  ['g', 'g. heap per node, structure only', 'B'],
];
const figures: Figure[] = STEPS.map(([key, name, unit]) => {
  const reference = theirs[key]!;
  const budget = key === 'f' ? 50 : key === 'g' ? Math.round(reference) : reference / 2;
  return {
    name: `tree: ${name}`,
    value: ours[key]!,
    unit,
    budget: Number(budget.toPrecision(3)),
    note: `assistant-ui ${reference.toPrecision(3)} ${unit}; ${(reference / ours[key]!).toFixed(1)}× ${key === 'g' ? 'smaller' : 'faster'}`,
  };
});
if (!('gc' in globalThis)) console.log('(step g needs node --expose-gc)');
const ok = printFigures('Tree (Node, same process; goal: 2× faster than assistant-ui)', figures);
// Results the loops computed, used, so that no loop is optimised away.
if (forOurs.sunk() + forTheirs.sunk() === -1) console.log('');
process.exitCode = ok ? 0 : 1;
