import { matchActors } from './actors.js';
import {
  betweenEntities,
  type Claim,
  matchClaims,
  participationClaims,
  relationshipClaims,
  speakerAgreement,
  statusAgreement,
} from './claims.js';
import { inventedEntities, scoreEntities } from './entities.js';
import { scoreEvents } from './events.js';
import { verbatimShare } from './quotes.js';
import { type Counts, type EntityType, type EvalDocument, type Share, share } from './types.js';

/** Everything measured of one draft against its gold document. */
export interface ArticleScore {
  entities: Record<EntityType, Counts>;
  duplicates: string[];
  orgKind: Share;
  invented: string[];
  /** gold entities none of whose names is in the text: no draft that names things as the text does can match them */
  goldUnnamed: string[];
  events: Counts;
  rightDate: Share;
  rightDateAndInferred: Share;
  relationshipsNamed: Counts;
  relationshipsAll: Counts;
  participations: Counts;
  status: Share;
  saidBy: Share;
  verbatim: Share;
  /** what went wrong, for the report's examples */
  examples: {
    missedEntities: string[];
    spuriousEntities: string[];
    wrongDates: string[];
    missedRelationships: string[];
    spuriousRelationships: string[];
    looseQuotes: string[];
  };
}

export function scoreDraft(gold: EvalDocument, draft: EvalDocument): ArticleScore {
  const text = gold.article.text;
  const entities = scoreEntities(gold.entities, draft.entities, text);
  const events = scoreEvents(text, gold.events ?? [], draft.events ?? []);
  const actors = matchActors(text, gold.actors ?? [], draft.actors ?? []);
  const mapping = new Map([...entities.mapping, ...events.mapping, ...actors]);
  const goldRels = relationshipClaims(gold);
  const draftRels = relationshipClaims(draft);
  const named = matchClaims(betweenEntities(goldRels, gold), betweenEntities(draftRels, draft), mapping);
  const all = matchClaims(goldRels, draftRels, mapping);
  const participations = matchClaims(participationClaims(gold), participationClaims(draft), mapping);
  const claimPairs = [...all.pairs, ...participations.pairs];
  const verbatim = verbatimShare(draft);
  return {
    entities: entities.byType,
    duplicates: entities.duplicates,
    orgKind: entities.kind,
    invented: entities.invented,
    goldUnnamed: inventedEntities(gold.entities, text),
    events: events.events,
    rightDate: events.rightDate,
    rightDateAndInferred: events.rightDateAndInferred,
    relationshipsNamed: named.counts,
    relationshipsAll: all.counts,
    participations: participations.counts,
    status: statusAgreement(claimPairs),
    saidBy: speakerAgreement([...claimPairs, ...eventPairs(gold, draft, events.mapping)], mapping),
    verbatim: share(verbatim.hits, verbatim.total),
    examples: {
      missedEntities: entities.missed,
      spuriousEntities: entities.spurious,
      wrongDates: events.wrongDates,
      missedRelationships: named.missed.map(label),
      spuriousRelationships: named.spurious.map(label),
      looseQuotes: verbatim.loose,
    },
  };
}

const label = (c: Claim): string => `${c.label} (${c.status}${c.saidBy ? `, said by ${c.saidBy}` : ''})`;

/** Matched events as (gold, draft) pairs, for who says each happened. */
function eventPairs(gold: EvalDocument, draft: EvalDocument, mapping: ReadonlyMap<string, string>) {
  const byKey = new Map((gold.events ?? []).map((e) => [e.key, e]));
  return (draft.events ?? []).flatMap((d) => {
    const g = byKey.get(mapping.get(d.key) ?? '');
    return g ? [[g, d] as [{ saidBy?: string }, { saidBy?: string }]] : [];
  });
}
