import type { EntityRecord } from '../domain/entity.js';
import { compareNamed } from '../resolution/compare-names.js';
import type { GraphReader } from '../storage/graph-store.js';
import type { Gazetteer, KnownEntity } from './engine.js';

/** Names per store round trip: one batch query each, of a bounded size whatever the article's length. */
export const NAMES_PER_BATCH = 200;
/** Answers per name: the engine wants the likely ones, a reviewer the alternatives; more is noise. */
const ENTITIES_PER_NAME = 5;
/** Blocking keys over-fetch (shared common words); enough to keep ENTITIES_PER_NAME after judging. */
const CANDIDATES_PER_NAME = 20;

/**
 * The graph's own names as a gazetteer. Per name it answers the stored people, organisations and places
 * the ingest's resolution would merge the name into or propose for review: the same blocking keys
 * (matchCandidatesBatch) and the same judgement (compareNamed), merges first. Events are left out: their
 * names are descriptions ("arrest of Sergei Duvanov"), never names an article uses, and ingest resolves
 * them by date and participants.
 */
export function storeGazetteer(store: Pick<GraphReader, 'matchCandidatesBatch'>): Gazetteer {
  return {
    async lookup(names) {
      const answers: KnownEntity[][] = [];
      for (let start = 0; start < names.length; start += NAMES_PER_BATCH) {
        const batch = names.slice(start, start + NAMES_PER_BATCH);
        const found = await store.matchCandidatesBatch(batch.map((name) => ({ name, types: null, first: CANDIDATES_PER_NAME })));
        batch.forEach((name, i) => answers.push(judged(name, found[i] ?? [])));
      }
      return answers;
    },
  };
}

/** The candidates resolution would act on, best first; the type is the candidate's, as the text does not say. */
function judged(name: string, candidates: readonly EntityRecord[]): KnownEntity[] {
  return candidates
    .filter((c) => c.type !== 'EVENT')
    .map((c) => ({ record: c, outcome: compareNamed({ name, aliases: [], type: c.type, kind: null }, c) }))
    .filter(({ outcome }) => outcome.decision !== 'none')
    .sort(
      (a, b) =>
        rank(b.outcome.decision) - rank(a.outcome.decision) || b.outcome.score - a.outcome.score || a.record.id.localeCompare(b.record.id),
    )
    .slice(0, ENTITIES_PER_NAME)
    .map(({ record }) => knownEntity(record));
}

const rank = (decision: string) => (decision === 'merge' ? 1 : 0);

function knownEntity(record: EntityRecord): KnownEntity {
  return {
    id: record.id,
    name: record.name,
    aliases: [...record.aliases],
    type: record.type,
    ...(record.type === 'ORGANISATION' && record.kind ? { kind: record.kind } : {}),
  };
}
