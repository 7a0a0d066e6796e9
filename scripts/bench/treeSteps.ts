/**
 * The tree workload's steps a–g (issue 19) over one `TreeAdapter`. tree.ts loads
 * this module once per implementation, so each gets its own compiled copy of
 * these loops and neither pays for the other's call sites being polymorphic.
 */
import { median } from './report';
import { message, type TreeAdapter } from './treeAdapter';

const gc = (globalThis as { gc?: () => void }).gc;
const now = () => performance.now();
let sink = 0;
export const sunk = () => sink;

// Ids made up front, so that no step pays for building strings.
const chainIds = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
const LEVELS = 1000;
const SIBLINGS = 100;
const mainId = (level: number) => `m${level}`;
const sideIds = Array.from({ length: LEVELS }, (_, level) =>
  Array.from({ length: SIBLINGS - 1 }, (_, k) => `s${level}-${k + 1}`),
);
const mainIds = Array.from({ length: LEVELS }, (_, level) => mainId(level));
const wideIds = Array.from({ length: 30_000 }, (_, i) => `w${i}`);
new Set([...chainIds, ...mainIds, ...sideIds.flat(), ...wideIds]); // hash every id once
const TEXT = 'a message of ordinary length, as a chat holds';

/** b's tree: 1,000 levels × 100 siblings, head at the deepest main-chain message. */
function build(a: TreeAdapter) {
  a.reset();
  for (let level = 0; level < LEVELS; level += 1) {
    const parent = level === 0 ? null : mainIds[level - 1]!;
    a.add(parent, mainIds[level]!, TEXT);
    for (const id of sideIds[level]!) a.add(parent, id, TEXT);
  }
}

function mean(runs: number, fn: () => number): number {
  return median(Array.from({ length: runs }, fn));
}

export function measure(a: TreeAdapter) {
  const r: Record<string, number> = {};
  r.a = mean(15, () => {
    a.reset();
    const t = now();
    for (let i = 0; i < chainIds.length; i += 1)
      a.add(i ? chainIds[i - 1]! : null, chainIds[i]!, TEXT);
    return ((now() - t) * 1000) / chainIds.length;
  });
  r.b = mean(5, () => {
    const t = now();
    build(a);
    return now() - t;
  });
  const deep = mainIds[LEVELS - 1]!;
  if (a.thread().length !== LEVELS) throw new Error(`${a.name}: the thread is not 1,000 deep`);
  // c: alternately a side branch at depth 10 and the main one, each followed by a read.
  r.c = mean(5, () => {
    const t = now();
    for (let i = 0; i < 2000; i += 1) {
      a.switchTo(i % 2 ? mainIds[10]! : sideIds[10]![(i >> 1) % (SIBLINGS - 1)]!);
      sink += a.thread().length;
    }
    return ((now() - t) * 1000) / 2000;
  });
  a.switchTo(deep);
  r.d1 = mean(5, () => {
    a.thread();
    const t = now();
    for (let i = 0; i < 1_000_000; i += 1) sink += a.thread().length;
    return ((now() - t) * 1000) / 1_000_000;
  });
  const samples = (n: number, fn: () => number) => median(Array.from({ length: n }, fn)) * 1000;
  r.d2 = samples(2000, () => {
    const t = now();
    a.switchTo(sideIds[10]![0]!);
    a.switchTo(mainIds[10]!);
    sink += a.thread().length;
    return now() - t;
  });
  let k = 0;
  r.d3 = samples(2000, () => {
    a.setText(deep, `${TEXT} ${(k += 1)}`);
    const t = now();
    sink += a.thread().length;
    return now() - t;
  });
  const texts = [`${TEXT} x`, `${TEXT} y`];
  r.d4 = mean(5, () => {
    const t = now();
    for (let i = 0; i < 10_000; i += 1) a.setText(deep, texts[i & 1]!);
    return ((now() - t) * 1000) / 10_000;
  });
  let exported: unknown = null;
  r.e1 = mean(5, () => {
    const t = now();
    exported = a.exportAll();
    return now() - t;
  });
  r.e2 = mean(5, () => {
    const t = now();
    a.importAll(exported);
    return now() - t;
  });
  if (a.thread().length !== LEVELS) throw new Error(`${a.name}: import lost the thread`);
  const wide = () => {
    a.reset();
    a.add(null, 'root', TEXT);
    const t = now();
    for (const id of wideIds) a.add('root', id, TEXT);
    return now() - t;
  };
  // assistant-ui copies the children list on every add (quadratic): once is enough.
  r.f = a.name === 'assistant-ui' ? wide() : mean(5, wide);
  r.g = gc ? heapPerNode(a) : NaN;
  a.reset();
  return r;
}

/** Bytes of heap per message for b's tree, less what the messages themselves take. */
function heapPerNode(a: TreeAdapter): number {
  const used = () => {
    gc!();
    gc!();
    return process.memoryUsage().heapUsed;
  };
  a.reset();
  const before = used();
  build(a);
  const tree = used() - before;
  a.reset();
  const start = used();
  const alone = Array.from({ length: LEVELS * SIBLINGS }, (_, i) =>
    message(null, chainIds[i % 10_000]!, TEXT),
  );
  const messages = used() - start - alone.length * 8;
  sink += alone.length;
  return (tree - messages) / (LEVELS * SIBLINGS);
}
