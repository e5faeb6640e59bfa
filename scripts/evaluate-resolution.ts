/**
 * Precision and recall of resolution's merge decisions on the labelled name pairs
 * (tests/fixtures/name-pairs.json):  npx tsx scripts/evaluate-resolution.ts [--misses]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType, OrganisationKind } from '../src/domain/entity.js';
import { compareNamed, type MatchOutcome } from '../src/resolution/compare-names.js';
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

/** What resolution concludes of a pair by its names, one way round. */
export function decide(p: EvalPair, flipped = false): MatchOutcome['decision'] {
  const [a, b] = flipped ? [asNamed(p.b), asNamed(p.a)] : [asNamed(p.a), asNamed(p.b)];
  return compareNamed(a, b).decision;
}

/**
 * Runs the merge decision on every pair, both ways round (resolution must not depend on which came
 * first). Recall counts the same pairs whose evidence warrants a merge; a same pair marked `propose`
 * (a variant with too little around it) counts in review-item recall instead.
 */
export function evaluate(pairs: readonly EvalPair[]): Evaluation {
  const merged = (p: EvalPair) => decide(p) === 'merge' && decide(p, true) === 'merge';
  const mergedEitherWay = (p: EvalPair) => decide(p) === 'merge' || decide(p, true) === 'merge';
  const mergeable = pairs.filter((p) => p.same && !p.propose);
  const missed = mergeable.filter((p) => !merged(p));
  const wrongMerges = pairs.filter((p) => !p.same && mergedEitherWay(p));
  const truePositives = mergeable.length - missed.length;
  return {
    pairs: pairs.length,
    truePositives,
    falsePositives: wrongMerges.length,
    falseNegatives: missed.length,
    precision: truePositives / Math.max(1, truePositives + wrongMerges.length),
    recall: truePositives / Math.max(1, mergeable.length),
    wrongMerges,
    missed,
  };
}

/** One row of the table per class: pairs, merged (both ways), wrongly merged, proposed (a review or a merge). */
export interface ClassRow {
  name: string;
  pairs: number;
  same: number;
  merged: number;
  wrong: number;
  toPropose: number;
  proposed: number;
}

const classOf = (p: EvalPair) => p.class ?? (p.same ? 'same entity (spellings, acronyms, descriptions)' : 'different entities');

/** The evaluation by class, and review-item recall: of the pairs an editor should see, how many are shown. */
export function evaluateByClass(pairs: readonly EvalPair[]): ClassRow[] {
  const rows = new Map<string, ClassRow>();
  for (const p of pairs) {
    const name = classOf(p);
    const row = rows.get(name) ?? { name, pairs: 0, same: 0, merged: 0, wrong: 0, toPropose: 0, proposed: 0 };
    const [one, other] = [decide(p), decide(p, true)];
    row.pairs++;
    if (p.same) row.same++;
    if (p.same && one === 'merge' && other === 'merge') row.merged++;
    if (!p.same && (one === 'merge' || other === 'merge')) row.wrong++;
    if (p.propose) {
      row.toPropose++;
      if (one !== 'none' && other !== 'none') row.proposed++;
    }
    rows.set(name, row);
  }
  return [...rows.values()];
}

function printTable(pairs: readonly EvalPair[]): void {
  const rows = evaluateByClass(pairs);
  const ratio = (x: number, n: number) => (n === 0 ? '-' : `${x}/${n} (${(x / n).toFixed(3)})`);
  console.log('class | pairs | merged (recall) | wrong merges | proposed (review-item recall)');
  for (const r of rows) console.log(`${r.name} | ${r.pairs} | ${ratio(r.merged, r.same)} | ${r.wrong} | ${ratio(r.proposed, r.toPropose)}`);
  const [toPropose, proposed] = [rows.reduce((n, r) => n + r.toPropose, 0), rows.reduce((n, r) => n + r.proposed, 0)];
  console.log(`review-item recall ${ratio(proposed, toPropose)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pairs = loadNamePairs();
  const result = evaluate(pairs);
  const same = pairs.filter((p) => p.same).length;
  console.log(`${result.pairs} pairs (${same} same, ${result.pairs - same} different)`);
  console.log(`merges: ${result.truePositives} right, ${result.falsePositives} wrong; missed: ${result.falseNegatives}`);
  console.log(`precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`);
  printTable(pairs);
  if (process.argv.includes('--misses')) {
    for (const p of result.wrongMerges) console.log(`WRONG MERGE: ${p.a.name} | ${p.b.name}   (${p.source})`);
    for (const p of result.missed) console.log(`missed: ${p.a.name} | ${p.b.name}   (${p.source.slice(-90)})`);
  }
}
