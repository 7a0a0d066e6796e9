/**
 * npm run eval:lookalikes -- FILE.csv
 * Sends every safe_lookalike prompt several times in a row through the policy:
 * none may ever end a chat. Exits non-zero if one does.
 */
import { readFileSync } from 'node:fs';
import { judge } from '../src/domain/safety/judge';
import { simulate } from '../src/domain/safety/simulate';
import { parseCsv } from './csv';

const REPEATS = 6;
const files = process.argv.slice(2).filter((a) => a !== '--');
let checked = 0;
const ended: string[] = [];
for (const file of files) {
  for (const row of parseCsv(readFileSync(file, 'utf8'))) {
    if (row.label !== 'safe_lookalike' || !row.prompt) continue;
    checked += 1;
    if (simulate(Array(REPEATS).fill(row.prompt), judge).endedAt !== null) ended.push(row.prompt);
  }
}
for (const prompt of ended) console.log(`ENDED: ${prompt}`);
console.log(`${checked} safe lookalikes sent ${REPEATS} times each: ${ended.length} chats ended`);
console.log(JSON.stringify({ checked, ended: ended.length }));
process.exit(ended.length === 0 && checked > 0 ? 0 : 1);
