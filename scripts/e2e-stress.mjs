#!/usr/bin/env node
// npm run test:e2e:stress [-- playwright args]: the browser suite while the CPU is
// saturated (two busy processes for the length of the run), as on a busy CI machine.
// Builds first; exits with the suite's status.
import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';

const BUSY = Number(process.env.STRESS_PROCESSES ?? Math.max(2, cpus().length));
const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const burners = Array.from({ length: BUSY }, () =>
  spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], { stdio: 'ignore' }),
);
console.log(`Browser suite with ${BUSY} busy processes on ${cpus().length} cores.`);
const stop = () => burners.forEach((b) => b.kill('SIGKILL'));
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));

const args = process.argv.slice(2).filter((a) => a !== '--');
const suite = spawn('npx', ['playwright', 'test', ...args], { stdio: 'inherit' });
suite.on('exit', (code) => {
  stop();
  process.exit(code ?? 1);
});
