/**
 * Precision and recall of resolution's event merges on the labelled event pairs (scripts/event-pairs.ts),
 * each pair compared both ways round as ingest would compare it: every participant already resolved to
 * the stored id it names.   npx tsx scripts/evaluate-events.ts [--misses]
 */
import { fileURLToPath } from 'node:url';
import type { EntityRecord } from '../src/domain/entity.js';
import type { PartialDate } from '../src/domain/partial-date.js';
import { compareEvents, type EventsAround } from '../src/resolution/compare-events.js';
import type { MatchOutcome } from '../src/resolution/compare-names.js';
import { principalParticipants } from '../src/resolution/event-roles.js';
import { EVENT_PAIRS, type EventPair, type EventSide } from './event-pairs.js';

function dateOf(iso: string | null): PartialDate | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month: month ?? null, day: day ?? null, inferred: false };
}

const participations = (s: EventSide) => s.participants.map(([id, role]) => ({ id, role }));

/** `a` arriving in a document, `b` stored with its participants. */
function compare(a: EventSide, b: EventSide): MatchOutcome {
  const storedId = 'event:stored';
  const stored = { id: storedId, type: 'EVENT', name: b.name, aliases: [], date: dateOf(b.date) } as unknown as EntityRecord;
  const around: EventsAround = {
    records: [stored],
    participantsOf: new Map([[storedId, new Set(b.participants.map(([id]) => id))]]),
    principalsOf: new Map([[storedId, principalParticipants(participations(b))]]),
  };
  const matches = new Map(a.participants.map(([id]) => [id, { id } as EntityRecord]));
  const incoming = {
    key: 'incoming',
    type: 'EVENT' as const,
    name: a.name,
    aliases: [],
    date: dateOf(a.date),
    participants: a.participants.map(([id]) => id),
    principals: [...principalParticipants(participations(a))],
  };
  return compareEvents(incoming, stored, around, matches);
}

export function evaluateEvents(pairs: readonly EventPair[] = EVENT_PAIRS) {
  const outcomes = pairs.map((p) => [compare(p.a, p.b), compare(p.b, p.a)] as const);
  const merged = (i: number) => outcomes[i].every((o) => o.decision === 'merge');
  const mergedEither = (i: number) => outcomes[i].some((o) => o.decision === 'merge');
  const reviewed = (i: number) => outcomes[i].some((o) => o.decision !== 'none');
  const idx = pairs.map((_, i) => i);
  const same = idx.filter((i) => pairs[i].same);
  const different = idx.filter((i) => !pairs[i].same);
  const truePositives = same.filter(merged).length;
  const wrong = different.filter(mergedEither);
  return {
    pairs: pairs.length,
    same: same.length,
    truePositives,
    wrongMerges: wrong.map((i) => pairs[i]),
    missed: same.filter((i) => !merged(i)).map((i) => pairs[i]),
    precision: truePositives / Math.max(1, truePositives + wrong.length),
    recall: truePositives / Math.max(1, same.length),
    /** two happenings that an editor is still asked about (a review, not a merge) */
    reviewsOfDifferent: different.filter((i) => reviewed(i) && !mergedEither(i)).length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = evaluateEvents();
  console.log(`${r.pairs} event pairs (${r.same} same, ${r.pairs - r.same} different)`);
  console.log(
    `merges: ${r.truePositives} right, ${r.wrongMerges.length} wrong; missed: ${r.missed.length}; reviews of different: ${r.reviewsOfDifferent}`,
  );
  console.log(`precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}`);
  if (process.argv.includes('--misses')) {
    for (const p of r.wrongMerges) console.log(`WRONG MERGE: ${p.a.name} | ${p.b.name}   (${p.note})`);
    for (const p of r.missed) console.log(`missed: ${p.a.name} | ${p.b.name}   (${p.note})`);
  }
}
