import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../domain/entity.js';
import { ValidationError, type ValidationProblem } from '../domain/errors.js';
import { comparePartialDates, partialDateProblem } from '../domain/partial-date.js';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../domain/vocabulary.js';
import { extractionDocument, extractionDocumentV2, FORMATS, normaliseExtraction, type ExtractionDocument } from './extraction-format.js';
import { describeIssue, issuePath } from './issue-messages.js';
import { normaliseForQuoteMatch, quoteIsVerbatim } from './quotes.js';

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

/**
 * Validates a whole extraction document before anything is written: structure, key references,
 * vocabulary and endpoint types, dates, and that every quote is verbatim in the article text.
 * Reference, quote and date checks run even when the structure has problems, so one run reports
 * everything. Throws a ValidationError listing every problem with its JSON path.
 */
export function validateExtraction(input: unknown, source?: string): ExtractionDocument {
  const parsed = extractionDocument.safeParse(input);
  const issues: z.core.$ZodIssue[] = parsed.success ? [] : [...parsed.error.issues];
  // without a known format the union says only that; read the rest as the newest version, so one run
  // still reports everything else
  if (isObject(input) && !FORMATS.includes(input.format as never)) {
    issues.push(...(extractionDocumentV2.safeParse(input).error?.issues ?? []).filter((i) => i.path[0] !== 'format'));
  }
  const problems: ValidationProblem[] = issues.map((issue) => ({ path: jsonPath(issuePath(issue)), message: describeIssue(issue, input) }));
  if (isObject(input)) problems.push(...semanticProblems(input));
  const unique = [...new Map(problems.map((p) => [`${p.path}\u0000${p.message}`, p])).values()];
  if (unique.length > 0 || !parsed.success) throw new ValidationError(unique, source);
  return normaliseExtraction(parsed.data);
}

/** What a key may stand for: an entity type, an event, or (v2) an unnamed actor. */
type KeyKind = EntityType | 'ACTOR';
const SAYERS: readonly KeyKind[] = ['PERSON', 'ORGANISATION', 'ACTOR'];
const TIME_UNITS = /^(years?|months?|weeks?|days?|hours?)$/i;

const kindName = (kind: KeyKind) => (kind === 'ACTOR' ? 'an unnamed actor' : `a ${kind}`);

/** Checks what a schema cannot: references between keys, endpoint types, verbatim quotes, real dates. */
function semanticProblems(doc: Loose): ValidationProblem[] {
  const checks = new SemanticChecks(doc);
  const article = isObject(doc.article) ? doc.article : {};
  checks.date(article.publishedAt, '$.article.publishedAt');
  if (checks.v2) list(doc.actors).forEach((a, i) => isObject(a) && checks.quotes(a.mentions, `$.actors[${i}].mentions`));
  list(doc.entities).forEach((e, i) => isObject(e) && checks.quotes(e.mentions, `$.entities[${i}].mentions`));
  list(doc.events).forEach((event, i) => isObject(event) && checkEvent(checks, event, `$.events[${i}]`));
  list(doc.relationships).forEach((r, i) => isObject(r) && checkRelationship(checks, r, `$.relationships[${i}]`));
  return checks.problems;
}

/**
 * The problems found so far and the document's keys, with one check per kind of value. Version 2 fields
 * in a version 1 document are reported as unknown fields by the schema; checking their references too
 * would only repeat that, so `v2` gates them.
 */
class SemanticChecks {
  readonly problems: ValidationProblem[] = [];
  readonly v2: boolean;
  private readonly types = new Map<string, KeyKind | null>();
  private readonly text: string;

  constructor(doc: Loose) {
    this.v2 = doc.format !== 'kg-extraction/1';
    this.text = normaliseForQuoteMatch(str((isObject(doc.article) ? doc.article : {}).text) ?? '');
    this.declareKeys(doc);
  }

  add = (path: string, message: string) => {
    this.problems.push({ path, message });
  };

  // a key whose entity has a bad type is still declared (type null), so references to it do not add a
  // second, misleading "unknown key" problem to the one the schema reports about the type
  private declareKeys(doc: Loose): void {
    const declare = (key: string | undefined, type: KeyKind | null, path: string) => {
      if (key === undefined) return;
      if (this.types.has(key)) this.add(`${path}.key`, `duplicate key "${key}"`);
      else this.types.set(key, type);
    };
    list(doc.entities).forEach(
      (e, i) => isObject(e) && declare(str(e.key), ENTITY_TYPES.find((t) => t === e.type) ?? null, `$.entities[${i}]`),
    );
    list(doc.events).forEach((e, i) => isObject(e) && declare(str(e.key), 'EVENT', `$.events[${i}]`));
    // actors last: a key that is both an entity and an actor is reported on the actor, and read as the entity
    if (this.v2) list(doc.actors).forEach((a, i) => isObject(a) && declare(str(a.key), 'ACTOR', `$.actors[${i}]`));
  }

  quotes(value: unknown, path: string): void {
    strings(value).forEach((q, i) => this.quote(q, `${path}[${i}]`));
  }

  quote = (value: unknown, path: string): void => {
    if (typeof value === 'string' && !quoteIsVerbatim(value, this.text))
      this.add(path, `quote not found verbatim in article.text: "${value.slice(0, 80)}"`);
  };

  date(date: unknown, path: string): void {
    if (!isObject(date) || typeof date.year !== 'number') return;
    const problem = partialDateProblem(date as { year: number; month?: number; day?: number });
    if (problem) this.add(path, `impossible date: ${problem}`);
    if (this.v2) checkBounds(date, path, this.add);
  }

  ref(key: unknown, path: string, allowed: readonly KeyKind[]): void {
    if (typeof key !== 'string') return;
    const type = this.types.get(key);
    if (type === undefined) this.add(path, `unknown key "${key}"${nearestKeyHint(key, [...this.types.keys()])}`);
    else if (type && !allowed.includes(type))
      this.add(path, `"${key}" is ${kindName(type)}; expected ${allowed.map((t) => (t === 'ACTOR' ? 'an actor' : t)).join(' or ')}`);
  }

  saidBy(value: unknown, path: string): void {
    if (this.v2 && value !== undefined) this.ref(value, `${path}.saidBy`, SAYERS);
  }
}

function checkEvent(checks: SemanticChecks, event: Loose, path: string): void {
  const participants: readonly KeyKind[] = checks.v2
    ? [...RELATIONSHIP_TYPES.PARTICIPATED_IN.from, 'ACTOR']
    : RELATIONSHIP_TYPES.PARTICIPATED_IN.from;
  checks.quotes(event.mentions, `${path}.mentions`);
  checks.date(event.date, `${path}.date`);
  if (event.place !== undefined) checks.ref(event.place, `${path}.place`, ['PLACE']);
  checks.saidBy(event.saidBy, path);
  if (checks.v2) checks.quote(event.dateQuote, `${path}.dateQuote`);
  if (checks.v2 && event.dateQuote !== undefined && event.date === undefined)
    checks.add(`${path}.dateQuote`, 'a dateQuote needs a date: add "date" or remove "dateQuote"');
  list(event.participants).forEach((p, j) => {
    if (!isObject(p)) return;
    checks.ref(p.entity, `${path}.participants[${j}].entity`, participants);
    checks.saidBy(p.saidBy, `${path}.participants[${j}]`);
    checks.quotes(p.quotes, `${path}.participants[${j}].quotes`);
  });
  if (checks.v2)
    list(event.quantities).forEach((q, j) => isObject(q) && checkQuantity(q, `${path}.quantities[${j}]`, checks.quote, checks.add));
}

function checkRelationship(checks: SemanticChecks, r: Loose, path: string): void {
  const type = str(r.type);
  const spec = type && isRelationshipType(type) ? RELATIONSHIP_TYPES[type] : null;
  checks.ref(r.from, `${path}.from`, spec?.from ?? ENTITY_TYPES);
  checks.ref(r.to, `${path}.to`, spec?.to ?? ENTITY_TYPES);
  if (r.from === r.to && typeof r.from === 'string') checks.add(`${path}.to`, 'a relationship needs two different ends');
  checks.date(r.start, `${path}.start`);
  checks.date(r.end, `${path}.end`);
  if (checks.v2) checks.date(r.asOf, `${path}.asOf`);
  checkStartBeforeEnd(r, path, checks.add);
  checks.saidBy(r.saidBy, path);
  checks.quotes(r.quotes, `${path}.quotes`);
}

const asPartialDate = (d: unknown) =>
  isObject(d) && typeof d.year === 'number'
    ? { year: d.year, month: typeof d.month === 'number' ? d.month : null, day: typeof d.day === 'number' ? d.day : null, inferred: false }
    : null;

/** A bound needs what it says: BETWEEN an end later than its start, and an end only with BETWEEN. */
function checkBounds(date: Loose, path: string, add: (path: string, message: string) => void): void {
  const until = date.until;
  if (until === undefined) {
    if (date.qualifier === 'BETWEEN')
      add(`${path}.until`, 'missing: required with qualifier BETWEEN, the end of the range: { "year": ... }');
    return;
  }
  if (date.qualifier !== 'BETWEEN') {
    add(
      `${path}.until`,
      `"until" is only for a range: set "qualifier": "BETWEEN"${date.qualifier ? ` (it is ${JSON.stringify(date.qualifier)})` : ''} or remove "until"`,
    );
  }
  const end = asPartialDate(until);
  if (!end) return;
  const problem = partialDateProblem(end);
  if (problem) add(`${path}.until`, `impossible date: ${problem}`);
  else if (comparePartialDates(asPartialDate(date), end) >= 0) add(`${path}.until`, 'the end of the range must be later than its start');
}

/** A sentence is a length of time; a fine, bail or damages are not. */
function checkQuantity(
  q: Loose,
  path: string,
  checkQuote: (value: unknown, path: string) => void,
  add: (path: string, message: string) => void,
): void {
  checkQuote(q.quote, `${path}.quote`);
  const unit = str(q.unit)?.trim();
  if (!unit) return;
  if (q.kind === 'SENTENCE' && !TIME_UNITS.test(unit))
    add(`${path}.unit`, `a sentence is a length of time: use "years", "months", "weeks" or "days", not ${JSON.stringify(unit)}`);
  if ((q.kind === 'FINE' || q.kind === 'BAIL' || q.kind === 'DAMAGES') && TIME_UNITS.test(unit)) {
    add(
      `${path}.unit`,
      `${String(q.kind).toLowerCase()} is a sum of money: use a currency such as "KZT" or "USD", not ${JSON.stringify(unit)}`,
    );
  }
}

/** "; did you mean "duvanov"?" for a typo of a declared key, or nothing. */
function nearestKeyHint(key: string, declared: string[]): string {
  const best = declared.map((k) => ({ k, d: distance(key, k) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(1, Math.floor(key.length / 3)) ? `; did you mean "${best.k}"?` : '';
}

function checkStartBeforeEnd(r: Loose, path: string, add: (path: string, message: string) => void): void {
  const start = asPartialDate(r.start);
  const end = asPartialDate(r.end);
  if (start && end && comparePartialDates(start, end) > 0) add(`${path}.end`, 'ends before it starts');
}
