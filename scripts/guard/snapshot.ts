/**
 * npm run guard:snapshot -- [--save FILE | --diff FILE]
 * The rules' verdict on every message the project can reach (its corpus and
 * held-out sets, scripted conversations and, when present, ../shared/eval and
 * ../shared/corpus): counts per verdict, and a diff against a saved snapshot, so a
 * change to the rules shows exactly which messages it moves.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalise, rulesVerdict } from '../../src/domain/safety/classifier';
import { parseCsv } from '../csv';

const texts = new Set<string>();
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
for (const f of readdirSync('scripts/guard/corpus'))
  lines(join('scripts/guard/corpus', f)).forEach((l) => texts.add(l));
for (const f of readdirSync('tests/fixtures/guard'))
  parseCsv(readFileSync(join('tests/fixtures/guard', f), 'utf8')).forEach((r) =>
    texts.add(r.prompt!),
  );
for (const f of readdirSync('tests/fixtures').filter((f) => /^conversations.*\.json$/.test(f)))
  for (const c of JSON.parse(readFileSync(join('tests/fixtures', f), 'utf8')) as {
    turns: string[];
  }[])
    c.turns.forEach((t) => texts.add(t));
for (const dir of ['../shared/eval', '../shared/corpus']) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv')))
    parseCsv(readFileSync(join(dir, f), 'utf8')).forEach((r) => texts.add(r.prompt!));
}

const verdicts: Record<string, string> = {};
const counts: Record<string, number> = {};
for (const text of texts) {
  const v = rulesVerdict(normalise(text));
  const key =
    'category' in v
      ? `${v.kind}/${v.category}`
      : 'subject' in v
        ? `${v.kind}/${v.subject}`
        : v.kind;
  verdicts[text] = key;
  counts[key] = (counts[key] ?? 0) + 1;
}
const args = process.argv.slice(2).filter((a) => a !== '--');
console.log(`${texts.size} messages`);
for (const [k, n] of Object.entries(counts).sort()) console.log(`  ${k.padEnd(24)} ${n}`);
const save = args.indexOf('--save');
if (save >= 0) writeFileSync(args[save + 1]!, JSON.stringify(verdicts));
const diff = args.indexOf('--diff');
if (diff >= 0) {
  const before = JSON.parse(readFileSync(args[diff + 1]!, 'utf8')) as Record<string, string>;
  let changed = 0;
  for (const [text, now] of Object.entries(verdicts)) {
    const was = before[text];
    if (was !== undefined && was !== now) {
      changed += 1;
      if (changed <= 60) console.log(`  ${was} -> ${now}: ${text.slice(0, 100)}`);
    }
  }
  console.log(`${changed} verdicts changed`);
  process.exit(changed === 0 ? 0 : 1);
}
