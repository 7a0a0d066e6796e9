#!/usr/bin/env node
// npm run bench: domain and tree benchmarks in Node, then browser benchmarks on the production build.
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync('npx', args, { stdio: 'inherit' }).status === 0;
const built = run(['vite', 'build', '--logLevel', 'warn']);
const domain = run(['tsx', 'scripts/bench/domain.ts']);
// --expose-gc: the tree suite measures heap per node after a full collection.
const tree = run(['tsx', '--expose-gc', 'scripts/bench/tree.ts']);
const browser = built && run(['tsx', 'scripts/bench/browser.ts']);
const reliability = built && run(['tsx', 'scripts/bench/reliability.ts']);
const gallery = built && run(['tsx', 'scripts/bench/gallery.ts']);
const lighthouse = built && run(['tsx', 'scripts/bench/lighthouse.ts']);
console.log(
  `\nbench: ${domain && tree && browser && reliability && gallery && lighthouse ? 'all figures within budget' : 'some figures over budget (FAIL above)'}`,
);
process.exit(domain && tree && browser && reliability && gallery && lighthouse ? 0 : 1);
