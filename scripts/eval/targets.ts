import type { EngineRun } from './run.js';
import { rateOf, rates } from './types.js';

/** One target of issue 20 for the offline engine, and what the run measured for it. */
export interface TargetCheck {
  metric: string;
  target: string;
  value: number | null;
  display: string;
  met: boolean;
}

const atLeast = (metric: string, value: number | null, floor: number): TargetCheck => ({
  metric,
  target: `>= ${floor}`,
  value,
  display: value === null ? 'n/a' : value.toFixed(2),
  met: value !== null && value >= floor,
});

/** Milliseconds per 1,000 words over the whole corpus: total time over total words. */
export function msPerThousandWords(run: EngineRun): number | null {
  const done = run.articles.filter((a) => a.score);
  const words = done.reduce((n, a) => n + a.words, 0);
  return words === 0 ? null : (done.reduce((n, a) => n + a.ms, 0) / words) * 1000;
}

/** The targets against a run's pooled scores; nothing is met by a run that scored nothing. */
export function checkTargets(run: EngineRun): TargetCheck[] {
  const s = run.pooled;
  if (!s) return [];
  const people = rates(s.entities.PERSON);
  const orgs = rates(s.entities.ORGANISATION);
  const relations = rates(s.relationshipsNamed);
  const speed = msPerThousandWords(run);
  return [
    atLeast('people recall', people.recall, 0.9),
    atLeast('people precision', people.precision, 0.8),
    atLeast('organisations recall', orgs.recall, 0.75),
    atLeast('organisations with the right kind', rateOf(s.orgKind), 0.6),
    atLeast('places recall', rates(s.entities.PLACE).recall, 0.8),
    atLeast('dated events with the right date', rateOf(s.rightDate), 0.6),
    atLeast('relationships recall (between entities)', relations.recall, 0.4),
    atLeast('relationships precision (between entities)', relations.precision, 0.6),
    { ...atLeast('quotes verbatim', rateOf(s.verbatim), 1), target: '= 1 (100%)' },
    {
      metric: 'invented entities',
      target: '= 0',
      value: s.invented.length,
      display: String(s.invented.length),
      met: s.invented.length === 0,
    },
    {
      metric: 'ms per 1,000 words',
      target: '< 2000',
      value: speed,
      display: speed === null ? 'n/a' : String(Math.round(speed)),
      met: speed !== null && speed < 2000,
    },
  ];
}
