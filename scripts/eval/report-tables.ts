import { type ArticleRun, type EngineRun, shortName } from './run.js';
import type { ArticleScore } from './score.js';
import type { TargetCheck } from './targets.js';
import { type Counts, rateOf, rates, type Share } from './types.js';

const num = (x: number): string => x.toFixed(2);
const pct = (s: Share): string => (s.total === 0 ? 'n/a' : `${num(rateOf(s)!)} (${s.hits}/${s.total})`);
const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

export function targetsTable(checks: readonly TargetCheck[]): string {
  return table(
    ['metric', 'target', 'measured', 'met'],
    checks.map((c) => [c.metric, c.target, c.display, c.met ? 'yes' : '**no**']),
  );
}

const classRow = (name: string, c: Counts) => {
  const r = rates(c);
  return [name, c.tp, c.fp, c.fn, num(r.precision), num(r.recall), num(r.f1)];
};

/** Precision, recall and F1 per class, pooled over the corpus. */
export function classTable(s: ArticleScore): string {
  return table(
    ['class', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'],
    [
      classRow('people', s.entities.PERSON),
      classRow('organisations', s.entities.ORGANISATION),
      classRow('places', s.entities.PLACE),
      classRow('events', s.events),
      classRow('relationships between entities', s.relationshipsNamed),
      classRow('relationships, all (with event ends)', s.relationshipsAll),
      classRow('participations in events', s.participations),
    ],
  );
}

/** The shares and counts that are not precision and recall. */
export function sharesTable(s: ArticleScore, run: EngineRun): string {
  return table(
    ['measure', 'value'],
    [
      ['organisations with the right kind (of matched)', pct(s.orgKind)],
      ['dated events with the right date (of gold dated events)', pct(s.rightDate)],
      ['... and the right `inferred` flag', pct(s.rightDateAndInferred)],
      ['statuses equal to the gold (matched relationships and participations)', pct(s.status)],
      ['saidBy equal to the gold (matched items where either names one)', pct(s.saidBy)],
      ['quotes verbatim', pct(s.verbatim)],
      ['invented entities', s.invented.length === 0 ? '0' : `${s.invented.length}: ${s.invented.join(', ')}`],
      ['duplicate entities (a reviewer merges them)', String(s.duplicates.length)],
      [
        'gold entities whose names are not in the text (out of reach of name matching)',
        s.goldUnnamed.length === 0 ? '0' : `${s.goldUnnamed.length}: ${[...new Set(s.goldUnnamed)].join(', ')}`,
      ],
      ['cold start (first extraction, not counted below)', `${Math.round(run.coldStartMs)} ms`],
    ],
  );
}

const pr = (c: Counts): string => {
  const r = rates(c);
  return `${num(r.precision)} / ${num(r.recall)}`;
};

function articleRow(a: ArticleRun): (string | number)[] {
  const name = shortName(a.path);
  const s = a.score;
  if (!s) return [name, a.words, Math.round(a.ms), `failed: ${a.error ?? 'unknown'}`, '', '', '', '', '', '', '', ''];
  return [
    name,
    a.words,
    Math.round(a.ms),
    pr(s.entities.PERSON),
    `${pr(s.entities.ORGANISATION)} (${pct(s.orgKind)})`,
    pr(s.entities.PLACE),
    pr(s.events),
    pct(s.rightDate),
    pr(s.relationshipsNamed),
    pr(s.participations),
    pct(s.verbatim),
    s.invented.length,
  ];
}

/** One row per article: precision / recall per class, so a reader sees where the pooled figures come from. */
export function articleTable(run: EngineRun): string {
  return table(
    [
      'article',
      'words',
      'ms',
      'people P / R',
      'orgs P / R (kind)',
      'places P / R',
      'events P / R',
      'right date',
      'relationships P / R',
      'participations P / R',
      'quotes verbatim',
      'invented',
    ],
    run.articles.map(articleRow),
  );
}
