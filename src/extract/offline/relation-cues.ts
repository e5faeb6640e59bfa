import type { NamedType } from './classify.js';

/**
 * Patterns that state a relationship inside one sentence. `cue` is matched in the sentence; `from` and
 * `to` say where each end is named relative to it (the nearest naming before or after it, within `gap`
 * characters) and what it may be. `government`: the document's government body (for "opposition");
 * `protagonist`: the person a "his" or "her" stands for; `story`: the story's main person ("her client").
 */
export type Side =
  | { at: 'before' | 'after'; types: readonly NamedType[]; gap: number; possessive?: boolean }
  | { at: 'government' }
  | { at: 'protagonist' }
  | { at: 'story' };

export interface RelationCue {
  type: string;
  cue: RegExp;
  from: Side;
  to: Side;
}

// a cue with lower-case words ([a-z]) is case-sensitive: under the i flag [a-z] would eat the name that follows
const P = ['PERSON'] as const;
const O = ['ORGANISATION'] as const;
const PO = ['PERSON', 'ORGANISATION'] as const;
const L = ['PLACE'] as const;
const before = (types: readonly NamedType[], gap: number, possessive?: boolean): Side => ({
  at: 'before',
  types,
  gap,
  ...(possessive && { possessive }),
});
const after = (types: readonly NamedType[], gap: number): Side => ({ at: 'after', types, gap });
const LAWYER = '(?:defence |defense )?(?:lawyers?|attorneys?|counsel|advocates?|solicitors?)';
const WRITER = '(?:journalist|reporter|correspondent|columnist|contributor|writer|commentator)';
const STAFF =
  '(?:editor|spokes(?:man|woman|person)|official|officer|investigator|employee|staff member|press secretary|prosecutor|deputy\\s+\\w+)';
const CHIEF = '(?:editor-in-chief|chief editor|director|head|founder|chairman|chairwoman|chair|leader|president)';

export const RELATION_CUES: readonly RelationCue[] = [
  { type: 'REPRESENTS', cue: new RegExp(`\\b${LAWYER}\\s+(?:for|of|representing)\\s+`, 'i'), from: before(P, 40), to: after(PO, 6) },
  { type: 'REPRESENTS', cue: new RegExp(`^['’]s\\s+${LAWYER}\\b,?\\s*`, 'i'), from: after(P, 4), to: before(PO, 0, true) },
  { type: 'REPRESENTS', cue: /\brepresent(?:s|ed|ing)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}/, from: before(PO, 40), to: after(PO, 0) },
  {
    type: 'WRITES_FOR',
    cue: new RegExp(`\\b${WRITER}\\s+(?:for|at|with|of)\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,3}`),
    from: before(P, 40),
    to: after(O, 0),
  },
  { type: 'WRITES_FOR', cue: new RegExp(`^\\s+${WRITER}\\s+`, 'i'), from: after(P, 0), to: before(O, 0) },
  { type: 'WRITES_FOR', cue: /\bpublish\w*\s+(?:\w+\s+){0,3}by\s+/i, from: after(P, 2), to: before(O, 80) },
  {
    type: 'WORKS_FOR',
    cue: new RegExp(`\\b${STAFF}\\s+(?:for|at|with|of)\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,3}`),
    from: before(P, 40),
    to: after(O, 0),
  },
  {
    type: 'FORMERLY_WORKED_FOR',
    cue: new RegExp(`\\bformer\\s+${WRITER}\\s+(?:for|at|with|of)\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,3}`),
    from: before(P, 40),
    to: after(O, 0),
  },
  { type: 'WORKS_FOR', cue: new RegExp(`^\\s+${STAFF},?\\s+`, 'i'), from: after(P, 0), to: before(O, 0) },
  { type: 'WORKS_FOR', cue: /\b(?:works|working)\s+(?:for|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}/, from: before(P, 80), to: after(O, 0) },
  {
    type: 'FORMERLY_WORKED_FOR',
    cue: /\b(?:worked|after working|previously worked|formerly worked|used to work)\s+(?:for|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}/,
    from: before(P, 80),
    to: after(O, 0),
  },
  {
    type: 'FORMERLY_WORKED_FOR',
    cue: /\b(?:former|ex-)\s*(?:[a-z]+\s+){0,2}(?:of|at)\s+(?:the\s+)?/,
    from: before(P, 40),
    to: after(O, 0),
  },
  {
    type: 'MEMBER_OF',
    cue: /\b(?:sits for|member of|joined|belongs to|a member of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}/,
    from: before(P, 60),
    to: after(O, 0),
  },
  {
    type: 'BASED_IN',
    cue: /^\s+(?:office|offices|headquarters|bureau)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,3}/,
    from: after(O, 0),
    to: before(L, 0),
  },
  {
    type: 'LOCATED_IN',
    cue: /^\s+(?:district|region|province|village|neighbourhood|suburb|area)\s+of\s+/,
    from: before(L, 0),
    to: after(L, 0),
  },
  { type: 'WORKS_FOR', cue: new RegExp(`^['’]s\\s+${STAFF},?\\s+`, 'i'), from: after(P, 0), to: before(O, 0, true) },
  { type: 'WRITES_FOR', cue: new RegExp(`^['’]s\\s+${WRITER}s?,?\\s+`, 'i'), from: after(P, 0), to: before(O, 0, true) },
  { type: 'HEAD_OF', cue: new RegExp(`^['’]s\\s+${CHIEF},?\\s+`, 'i'), from: after(P, 0), to: before(O, 0, true) },
  { type: 'BASED_IN', cue: /^-based\s+(?:[a-z]+\s+){0,3}/, from: after(['PERSON', 'ORGANISATION'], 0), to: before(L, 0) },
  {
    type: 'BASED_IN',
    cue: /^\s+(?:[a-z]+\s+){0,2}(?:lawyer|journalist|reporter|activist|blogger|editor|businessman|resident)\s+/,
    from: after(P, 0),
    to: before(L, 0),
  },
  {
    type: 'MEMBER_OF',
    cue: /\b(?:members?|activists?|officials?|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?/i,
    from: before(P, 40),
    to: after(O, 4),
  },
  { type: 'MEMBER_OF', cue: /^\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,3}/, from: before(P, 0), to: after(O, 0) },
  {
    type: 'LEADS',
    cue: /\b(?:[Ll]eads|[Ll]ed|[Ll]eader of|[Hh]eads|[Hh]eaded)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}/,
    from: before(P, 120),
    to: after(O, 2),
  },
  { type: 'LEADS', cue: /^\s+leader\s+/i, from: after(P, 0), to: before(O, 0) },
  { type: 'HEAD_OF', cue: /\b(?:editor-in-chief|founder|chief editor)\s+of\s+(?:the\s+)?/i, from: before(P, 30), to: after(O, 4) },
  { type: 'HEAD_OF', cue: /\b(?:head|chairman|chairwoman|chair|director|chief)\s+of\s+(?:the\s+)?/i, from: before(P, 30), to: after(O, 4) },
  { type: 'HEAD_OF', cue: /^,?\s+(?:head|chairman|chairwoman|chair|director|chief)\s+/i, from: after(P, 0), to: before(O, 0) },
  { type: 'PRESIDENT_OF', cue: /^['’]s\s+president\s+/i, from: after(P, 0), to: before(L, 0, true) },
  { type: 'PRESIDENT_OF', cue: /\bpresident of\s+(?:the\s+)?/i, from: before(P, 30), to: after(['PLACE', 'ORGANISATION'], 2) },
  { type: 'FRIEND_OF', cue: /\b(?:a\s+)?(?:long-time\s+|close\s+|old\s+)?friends?\s+of\s+/i, from: before(P, 40), to: after(P, 2) },
  {
    type: 'IMPRISONED_IN',
    cue: /\b(?:held|jailed|imprisoned|detained|serving\s+(?:\w+\s+){0,6}|incarcerated|locked up|transferred|inmate)\s+(?:at|in|to)\s+(?:the\s+)?/i,
    from: before(P, 80),
    to: after(O, 2),
  },
  {
    type: 'BASED_IN',
    cue: /\b(?:based|lives|living|resides|residing|practi[sc]ed law|practi[sc]es law|home)\s+in\s+/i,
    from: before(PO, 60),
    to: after(L, 2),
  },
  { type: 'BASED_IN', cue: /\b(?:journalist|reporter|lawyer|activist|correspondent)\s+in\s+/i, from: before(P, 60), to: after(L, 2) },
  { type: 'LOCATED_IN', cue: /^\s+(?:in|near|outside)\s+/i, from: before(O, 0), to: after(L, 0) },
  { type: 'ACCUSED', cue: /\baccus(?:ed|es|ing)\s+/i, from: before(PO, 60), to: after(PO, 6) },
  {
    type: 'SUPPORTS',
    cue: /\b(?:campaign(?:ed|ing)?\s+(?:to\s+clear|to\s+free|for)|call(?:s|ed)?\s+for\s+the\s+release\s+of|support(?:s|ed)?|defended)\s+/i,
    from: before(PO, 80),
    to: after(PO, 4),
  },
  { type: 'PART_OF', cue: /^['’]s\s+(?:[a-z]+\s+){0,2}/, from: after(O, 0), to: before(L, 0, true) },
  {
    type: 'SUPPORTS',
    cue: /\bcall(?:s|ed|ing)?\s+for\s+(?:his|her)\s+(?:immediate\s+|unconditional\s+)*release\b/i,
    from: before(PO, 80),
    to: { at: 'protagonist' },
  },
  {
    type: 'REPRESENTS',
    cue: /\b(?:his|her)\s+(?:defence\s+|defense\s+)?(?:lawyer|attorney|counsel|advocate),?\s+/i,
    from: after(P, 2),
    to: { at: 'protagonist' },
  },
  { type: 'REPRESENTS', cue: /\b(?:lawyer|attorney|advocate)\s+(?=\p{Lu})/u, from: after(P, 0), to: { at: 'protagonist' } },
  {
    type: 'SUPPORTS',
    cue: /\bcampaign(?:ed|ing|s)?\s+(?:to\s+clear|to\s+free|for\s+the\s+release\s+of)\s+(?:his|her)\b/i,
    from: before(PO, 80),
    to: { at: 'protagonist' },
  },
  {
    type: 'IMPRISONED_IN',
    cue: /\b(?:client|son|husband|father|brother|daughter|wife|mother)\s+(?:in|at)\s+(?:the\s+)?/i,
    from: { at: 'story' },
    to: after(O, 0),
  },
  {
    type: 'FORMERLY_WORKED_FOR',
    cue: /\bformer\s+(?:government|state)\s+(?:official|minister|employee|officer)\b/i,
    from: before(P, 40),
    to: { at: 'government' },
  },
  { type: 'OPPOSES', cue: /\b[Oo]pposition\s+(?:[a-z]+\s+){0,2}/, from: after(PO, 0), to: { at: 'government' } },
];
