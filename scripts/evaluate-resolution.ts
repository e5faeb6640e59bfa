/**
 * Precision and recall of resolution's merge decisions on the labelled name pairs
 * (tests/fixtures/name-pairs.json):  npx tsx scripts/evaluate-resolution.ts [--misses]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType, OrganisationKind } from '../src/domain/entity.js';
import { compareNamed } from '../src/resolution/compare-names.js';
import type { EvalPair } from './build-name-pairs.js';

export interface Evaluation {
  pairs: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  wrongMerges: EvalPair[];
  missed: EvalPair[];
}

export function loadNamePairs(): EvalPair[] {
  return JSON.parse(readFileSync(new URL('../tests/fixtures/name-pairs.json', import.meta.url), 'utf8')).pairs;
}

const asNamed = (e: EvalPair['a']) => ({
  type: e.type as EntityType,
  name: e.name,
  aliases: e.aliases,
  kind: (e.kind ?? null) as OrganisationKind | null,
});

/** Runs the merge decision on every pair, both ways round (resolution must not depend on which came first). */
export function evaluate(pairs: readonly EvalPair[]): Evaluation {
  const merged = (p: EvalPair) =>
    compareNamed(asNamed(p.a), asNamed(p.b)).decision === 'merge' && compareNamed(asNamed(p.b), asNamed(p.a)).decision === 'merge';
  const mergedEitherWay = (p: EvalPair) =>
    compareNamed(asNamed(p.a), asNamed(p.b)).decision === 'merge' || compareNamed(asNamed(p.b), asNamed(p.a)).decision === 'merge';
  const missed = pairs.filter((p) => p.same && !merged(p));
  const wrongMerges = pairs.filter((p) => !p.same && mergedEitherWay(p));
  const same = pairs.filter((p) => p.same).length;
  const truePositives = same - missed.length;
  return {
    pairs: pairs.length,
    truePositives,
    falsePositives: wrongMerges.length,
    falseNegatives: missed.length,
    precision: truePositives / Math.max(1, truePositives + wrongMerges.length),
    recall: truePositives / Math.max(1, same),
    wrongMerges,
    missed,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pairs = loadNamePairs();
  const result = evaluate(pairs);
  const same = pairs.filter((p) => p.same).length;
  console.log(`${result.pairs} pairs (${same} same, ${result.pairs - same} different)`);
  console.log(`merges: ${result.truePositives} right, ${result.falsePositives} wrong; missed: ${result.falseNegatives}`);
  console.log(`precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`);
  if (process.argv.includes('--misses')) {
    for (const p of result.wrongMerges) console.log(`WRONG MERGE: ${p.a.name} | ${p.b.name}   (${p.source})`);
    for (const p of result.missed) console.log(`missed: ${p.a.name} | ${p.b.name}   (${p.source.slice(-90)})`);
  }
}
