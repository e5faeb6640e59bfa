import type { EntityRecord } from '../../src/domain/entity.js';
import { planDocument } from '../../src/ingest/plan-document.js';
import { validateExtraction } from '../../src/ingest/validate.js';
import type { DocumentWrite, GraphReader, GraphStore } from '../../src/storage/graph-store.js';

/*
 * The bulk of a large corpus planned by the project's own planner (planDocument: the same entity states,
 * summaries, citations and dispute markers as kg ingest), but with name resolution told the answer: the
 * corpus's keys say which stored entity each name is, so the candidate search returns that entity alone
 * instead of the store's fuzzy top 20. The resolver still decides on it; only the search, which is most of
 * kg ingest's time and grows with the graph, is skipped. The corpus test proves that kg ingest resolves
 * the corpus to its keys exactly; the bench checks the entity counts again after every load.
 */

interface CorpusDoc {
  entities: Array<{ key: string; name: string; aliases?: string[] }>;
  events: Array<{ key: string; name: string; aliases?: string[] }>;
}

/** Corpus key -> stored id, learnt from every document's outcomes (kg ingest's or ours). */
export type KnownIdentities = Map<string, string>;

export function learn(known: KnownIdentities, outcomes: ReadonlyArray<{ key: string; id: string }>): void {
  for (const o of outcomes) known.set(o.key, o.id);
}

function viewWithKnownIdentities(view: GraphReader, doc: CorpusDoc, known: KnownIdentities): GraphReader {
  const keysByName = new Map<string, string[]>();
  for (const e of [...doc.entities, ...doc.events]) {
    for (const name of [e.name, ...(e.aliases ?? [])]) keysByName.set(name, [...(keysByName.get(name) ?? []), e.key]);
  }
  const searchCandidates: GraphReader['searchCandidates'] = async ({ query, types }) => {
    const ids = (keysByName.get(query) ?? []).map((k) => known.get(k)).filter((id): id is string => !!id);
    if (ids.length === 0) return [];
    const nodes = await view.getNodes(ids);
    return nodes.filter((n): n is EntityRecord => n != null && 'type' in n && (!types || types.includes(n.type)));
  };
  return new Proxy(view, {
    get(target, prop) {
      if (prop === 'searchCandidates') return searchCandidates;
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Plans and writes one corpus document as kg ingest would, resolution told the answer; returns its write. */
export async function writeWithKnownIdentities(store: GraphStore, input: unknown, known: KnownIdentities): Promise<DocumentWrite> {
  const doc = validateExtraction(input, 'corpus');
  let write: DocumentWrite | null = null;
  const { result } = await store.planAndWriteDocument(async (view) => {
    const planned = await planDocument(viewWithKnownIdentities(view, input as CorpusDoc, known), doc);
    write = planned.write;
    return planned;
  });
  learn(known, result.outcomes);
  return write!;
}
