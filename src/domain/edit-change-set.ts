import { emptyChangeSet, type ChangeSet, type MentionRow } from './change-set.js';
import { pairsAmong } from './duplicates.js';
import type { EditRecord } from './editing.js';
import { entityDisputes, relationshipDisputes } from './disputes.js';
import type { EditableRelationship, GraphChange } from './editing.js';
import { entityFactRows } from './fact-rows.js';
import { relationshipTypeOf } from './vocabulary.js';

/**
 * An editor's change (a merge, an undo, an update, a verdict) as a change set. `known` are the
 * relationships the edit read (its snapshot): a relationship written whole replaces the stored one, which
 * goes first, so that a store never holds two edges under one id.
 */
export function editChangeSet(change: GraphChange, known: readonly EditableRelationship[]): ChangeSet {
  const typeOf = new Map([...known, ...change.putRelationships].map((r) => [r.id, r.type]));
  const replaced = new Set([...change.deleteRelationships, ...change.putRelationships.map((r) => r.id)]);
  const set = emptyChangeSet();
  set.deleteRelationships = [...replaced]
    .filter((id) => typeOf.has(id))
    .map((id) => ({ id, type: relationshipTypeOf(typeOf.get(id)!, `relationship ${id}`) }));
  set.deleteEntities = [...change.deleteEntities];
  set.putEntities = change.putEntities.map(({ facts: _, ...entity }) => entity);
  set.clearRedirects = change.putEntities.map((e) => e.id);
  // an edit that carries an entity's facts (a merge, an undo, an update) replaces them; one without keeps them
  set.facts = change.putEntities.flatMap((e) =>
    e.facts ? [{ replace: 'entity' as const, entityId: e.id, rows: entityFactRows(e.id, e.facts) }] : [],
  );
  if (change.setMentions.length > 0) {
    set.mentions = [
      {
        replace: 'entity',
        entityIds: change.setMentions.map((s) => s.entityId),
        rows: change.setMentions.flatMap((s) => mentionRowsOf(s.entityId, s.mentions)),
      },
    ];
  }
  set.relationships = change.putRelationships.map((r, i) => {
    const { verdict, ...record } = r;
    return { replace: 'all', type: relationshipTypeOf(r.type, `putRelationships[${i}].type`), record, verdict };
  });
  set.disputes = {
    subjectIds: [
      ...change.deleteRelationships,
      ...change.deleteEntities,
      ...change.putRelationships.map((r) => r.id),
      ...change.putEntities.map((e) => e.id),
    ],
    markers: [...change.putRelationships.flatMap(relationshipDisputes), ...change.putEntities.flatMap(entityDisputes)],
  };
  set.redirects = [...change.addRedirects];
  set.history = [change.edit];
  return set;
}

/** An entity's mentions as rows, one per article with its distinct quotes, in the order given. */
export function mentionRowsOf(entityId: string, mentions: ReadonlyArray<{ articleId: string; quote: string }>): MentionRow[] {
  const rows = new Map<string, MentionRow>();
  for (const m of mentions) {
    const row = rows.get(m.articleId) ?? { entityId, articleId: m.articleId, quotes: [] };
    if (!row.quotes.includes(m.quote)) row.quotes.push(m.quote);
    rows.set(m.articleId, row);
  }
  return [...rows.values()];
}

/** An editor's ruling that these entities are distinct, pair by pair, with its history record if any. */
export function distinctChangeSet(args: {
  ids: readonly string[];
  note: string;
  editor: string;
  at: string;
  edit?: EditRecord;
}): ChangeSet {
  const set = emptyChangeSet();
  set.distinctPairs = pairsAmong(args.ids).map(([a, b]) => ({ a, b, note: args.note, editor: args.editor, at: args.at }));
  if (args.edit) set.history = [args.edit];
  return set;
}
