/** Dependencies point inward: the domain imports nothing outside it; backends and the turn runner never import the store. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports (static or dynamic), as a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specs.map((s) =>
    s.startsWith('.') ? relative(SRC, resolve(dirname(file), s)) : `npm:${s}`,
  );
}

const layer = (area: string) =>
  files(join(SRC, area)).map((f) => [relative(SRC, f), importsOf(f)] as const);

describe('architecture', () => {
  it('the domain imports only the domain (no React, store, browser or backends)', () => {
    for (const [file, imports] of layer('domain')) {
      for (const target of imports) {
        expect(
          target.startsWith('domain/') || target.startsWith('npm:zod'),
          `${file} imports ${target}`,
        ).toBe(true);
      }
    }
  });

  it('backends, the guard and the turn runner never import the store or features', () => {
    for (const area of ['assistants', 'guard', 'turns']) {
      for (const [file, imports] of layer(area)) {
        for (const target of imports) {
          expect(/^(store|features|app)\//.test(target), `${file} imports ${target}`).toBe(false);
          expect(target.startsWith('npm:react'), `${file} imports ${target}`).toBe(false);
        }
      }
    }
  });

  it('backends know nothing of the policy’s Decision', () => {
    for (const [file, imports] of layer('assistants'))
      expect(
        imports.filter((t) => /^domain\/safety\/policy/.test(t)),
        file,
      ).toEqual([]);
  });

  it('trees are written only by the domain and the store’s two reducers', () => {
    const WRITES = /\.(append|addSibling|update|endBranchAt|switchTo|switchSibling|setHead)\(/;
    const writers = files(SRC)
      .map((f) => relative(SRC, f))
      .filter((f) => !f.startsWith('domain/'))
      .filter((f) =>
        readFileSync(join(SRC, f), 'utf8')
          .split('\n')
          .some((line) => /\btree\b/i.test(line) && WRITES.test(line)),
      );
    expect(writers.sort()).toEqual(['store/applyPersonEvent.ts', 'store/applyTurnEvent.ts']);
  });

  it('the turn only yields: nothing in turns/ holds a store or a host to call back', () => {
    for (const [file] of layer('turns')) {
      const text = readFileSync(join(SRC, file), 'utf8');
      expect(/TurnHost|setState|getState/.test(text), file).toBe(false);
    }
  });

  it('no function in turns/ or store/ is over 120 lines', () => {
    const long: string[] = [];
    for (const area of ['turns', 'store']) {
      for (const file of files(join(SRC, area))) {
        const source = ts.createSourceFile(
          file,
          readFileSync(file, 'utf8'),
          ts.ScriptTarget.Latest,
          true,
        );
        const visit = (node: ts.Node) => {
          if (ts.isFunctionLike(node) && 'body' in node && node.body) {
            const from = source.getLineAndCharacterOfPosition(node.getStart()).line;
            const to = source.getLineAndCharacterOfPosition(node.end).line;
            if (to - from + 1 > 120)
              long.push(`${relative(SRC, file)}:${from + 1} (${to - from + 1} lines)`);
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
    expect(long).toEqual([]);
  });

  it('rule patterns read as tables: no line in the domain is over 300 characters', () => {
    const long = files(join(SRC, 'domain')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.length > 300 ? [`${relative(SRC, file)}:${i + 1}`] : [])),
    );
    expect(long).toEqual([]);
  });
});
