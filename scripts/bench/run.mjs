#!/usr/bin/env node
// npm run bench: domain benchmarks in Node, then browser benchmarks on the production build.
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync('npx', args, { stdio: 'inherit' }).status === 0;
const built = run(['vite', 'build', '--logLevel', 'warn']);
const domain = run(['tsx', 'scripts/bench/domain.ts']);
const browser = built && run(['tsx', 'scripts/bench/browser.ts']);
const reliability = built && run(['tsx', 'scripts/bench/reliability.ts']);
const lighthouse = built && run(['tsx', 'scripts/bench/lighthouse.ts']);
console.log(
  `\nbench: ${domain && browser && reliability && lighthouse ? 'all figures within budget' : 'some figures over budget (FAIL above)'}`,
);
process.exit(domain && browser && reliability && lighthouse ? 0 : 1);
