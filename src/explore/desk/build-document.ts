import { itemId, leftOut, type DeskState, type Doc, type ItemKind } from './review-model.js';

export interface BuiltDocument {
  document: Doc;
  /** the review's item for each item of the built document: `relationships/0` -> `relationships/3` */
  origin: Map<string, string>;
}

/** An entity matched to one the graph has takes its name, so ingest resolves it there; its own name stays an alias. */
function matched(entity: Doc, into: { name: string }): Doc {
  const aliases = [...new Set([...(entity.aliases ?? []), entity.name])].filter((a) => a !== into.name);
  return { ...entity, name: into.name, aliases };
}

/**
 * The reviewed document to send to ingestArticle: rejected items out, with what refers to a rejected
 * entity or actor (relationships, participations); matched entities renamed to their match. A saidBy that
 * names a rejected key is kept, for the validator to point at (the editor chooses who says it instead).
 */
export function buildDocument(state: DeskState): BuiltDocument {
  const origin = new Map<string, string>();
  const doc: Doc = structuredClone(state.draft);
  const keep = (kind: ItemKind) => {
    const kept: Doc[] = [];
    (state.draft[kind] ?? []).forEach((_x: Doc, i: number) => {
      const id = itemId(kind, i);
      if (leftOut(state, id)) return;
      origin.set(itemId(kind, kept.length), id);
      const decision = state.decisions[id];
      kept.push(decision?.verdict === 'match' ? matched(doc[kind][i], decision) : doc[kind][i]);
    });
    doc[kind] = kept;
  };
  (['entities', 'events', 'relationships', 'actors'] as const).forEach(keep);
  const present = new Set([...doc.entities, ...(doc.actors ?? [])].map((x: Doc) => x.key));
  for (const event of doc.events) event.participants = (event.participants ?? []).filter((p: Doc) => present.has(p.entity));
  return { document: doc, origin };
}

/** A problem's item in the review, from its path in the built document; null for the document as a whole. */
export function problemItem(path: string, origin: Map<string, string>): string | null {
  const match = /^\$\.(entities|events|relationships|actors)\[(\d+)\]/.exec(path);
  return match ? (origin.get(`${match[1]}/${match[2]}`) ?? null) : null;
}
