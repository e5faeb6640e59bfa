/**
 * The parts of an extraction document the scorer reads. Both versions of the format and a draft (with
 * its `draft` notes, ignored) fit this shape, so gold documents are read as they are stored.
 */
export interface EvalDate {
  year: number;
  month?: number;
  day?: number;
  inferred?: boolean;
}

export interface EvalEntity {
  key: string;
  type: 'PERSON' | 'ORGANISATION' | 'PLACE';
  name: string;
  aliases?: string[];
  kind?: string;
  mentions: string[];
}

export interface EvalParticipant {
  entity: string;
  role: string;
  status?: string;
  saidBy?: string;
  quotes?: string[];
}

export interface EvalEvent {
  key: string;
  name: string;
  mentions: string[];
  date?: EvalDate;
  dateQuote?: string;
  saidBy?: string;
  participants?: EvalParticipant[];
  quantities?: Array<{ quote: string }>;
}

export interface EvalRelationship {
  type: string;
  from: string;
  to: string;
  status: string;
  saidBy?: string;
  quotes: string[];
}

export interface EvalActor {
  key: string;
  description: string;
  mentions: string[];
}

export interface EvalDocument {
  format: string;
  article: {
    title: string;
    text: string;
    author?: string;
    publisher?: string;
    url?: string;
    publishedAt?: EvalDate & { qualifier?: string };
  };
  actors?: EvalActor[];
  entities: EvalEntity[];
  events?: EvalEvent[];
  relationships?: EvalRelationship[];
}

export const ENTITY_TYPES = ['PERSON', 'ORGANISATION', 'PLACE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Counts of one class; precision, recall and F1 are worked out from them (see `rates`). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** A share: `hits` of `total` (null rate when total is 0: nothing to judge). */
export interface Share {
  hits: number;
  total: number;
}

export const counts = (tp: number, fp: number, fn: number): Counts => ({ tp, fp, fn });
export const share = (hits: number, total: number): Share => ({ hits, total });

/**
 * Precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their harmonic mean. An empty class (nothing
 * in gold and nothing drafted) scores 1: there was nothing to find and nothing was made up.
 */
export function rates(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export const rateOf = (s: Share): number | null => (s.total === 0 ? null : s.hits / s.total);
