import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../domain/entity.js';
import { ValidationError, type ValidationProblem } from '../domain/errors.js';
import { comparePartialDates, partialDateProblem } from '../domain/partial-date.js';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../domain/vocabulary.js';
import { extractionDocument, type ExtractionDocument } from './extraction-format.js';
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
  const problems: ValidationProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue: z.core.$ZodIssue) => ({ path: jsonPath(issuePath(issue)), message: describeIssue(issue, input) }));
  if (isObject(input)) problems.push(...semanticProblems(input));
  const unique = [...new Map(problems.map((p) => [`${p.path}\u0000${p.message}`, p])).values()];
  if (unique.length > 0 || !parsed.success) throw new ValidationError(unique, source);
  return parsed.data;
}

/** Checks what a schema cannot: references between keys, endpoint types, verbatim quotes, real dates. */
function semanticProblems(doc: Loose): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  // a key whose entity has a bad type is still declared (type null), so references to it do not add a
  // second, misleading "unknown key" problem to the one the schema reports about the type
  const types = new Map<string, EntityType | null>();
  const declare = (key: string | undefined, type: EntityType | null, path: string) => {
    if (key === undefined) return;
    if (types.has(key)) add(`${path}.key`, `duplicate key "${key}"`);
    else types.set(key, type);
  };
  list(doc.entities).forEach((e, i) => {
    if (isObject(e)) declare(str(e.key), ENTITY_TYPES.find((t) => t === e.type) ?? null, `$.entities[${i}]`);
  });
  list(doc.events).forEach((e, i) => isObject(e) && declare(str(e.key), 'EVENT', `$.events[${i}]`));

  const article = isObject(doc.article) ? doc.article : {};
  const text = normaliseForQuoteMatch(str(article.text) ?? '');
  const checkQuotes = (value: unknown, path: string) =>
    strings(value).forEach((q, i) => {
      if (!quoteIsVerbatim(q, text)) add(`${path}[${i}]`, `quote not found verbatim in article.text: "${q.slice(0, 80)}"`);
    });
  const checkDate = (date: unknown, path: string) => {
    if (!isObject(date) || typeof date.year !== 'number') return;
    const problem = partialDateProblem(date as { year: number; month?: number; day?: number });
    if (problem) add(path, `impossible date: ${problem}`);
  };
  const checkRef = (key: unknown, path: string, allowed: readonly EntityType[]) => {
    if (typeof key !== 'string') return;
    const type = types.get(key);
    if (type === undefined) add(path, `unknown key "${key}"${nearestKeyHint(key, [...types.keys()])}`);
    else if (type && !allowed.includes(type)) add(path, `"${key}" is a ${type}; expected ${allowed.join(' or ')}`);
  };

  checkDate(article.publishedAt, '$.article.publishedAt');
  list(doc.entities).forEach((e, i) => isObject(e) && checkQuotes(e.mentions, `$.entities[${i}].mentions`));
  list(doc.events).forEach((event, i) => {
    if (!isObject(event)) return;
    const path = `$.events[${i}]`;
    checkQuotes(event.mentions, `${path}.mentions`);
    checkDate(event.date, `${path}.date`);
    if (event.place !== undefined) checkRef(event.place, `${path}.place`, ['PLACE']);
    list(event.participants).forEach((p, j) => {
      if (!isObject(p)) return;
      checkRef(p.entity, `${path}.participants[${j}].entity`, RELATIONSHIP_TYPES.PARTICIPATED_IN.from);
      checkQuotes(p.quotes, `${path}.participants[${j}].quotes`);
    });
  });
  list(doc.relationships).forEach((r, i) => {
    if (!isObject(r)) return;
    const path = `$.relationships[${i}]`;
    const type = str(r.type);
    const spec = type && isRelationshipType(type) ? RELATIONSHIP_TYPES[type] : null;
    checkRef(r.from, `${path}.from`, spec?.from ?? ENTITY_TYPES);
    checkRef(r.to, `${path}.to`, spec?.to ?? ENTITY_TYPES);
    if (r.from === r.to && typeof r.from === 'string') add(`${path}.to`, 'a relationship needs two different ends');
    checkDate(r.start, `${path}.start`);
    checkDate(r.end, `${path}.end`);
    checkStartBeforeEnd(r, path, add);
    checkQuotes(r.quotes, `${path}.quotes`);
  });
  return problems;
}

/** "; did you mean "duvanov"?" for a typo of a declared key, or nothing. */
function nearestKeyHint(key: string, declared: string[]): string {
  const best = declared.map((k) => ({ k, d: distance(key, k) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(1, Math.floor(key.length / 3)) ? `; did you mean "${best.k}"?` : '';
}

function checkStartBeforeEnd(r: Loose, path: string, add: (path: string, message: string) => void): void {
  const asDate = (d: unknown) =>
    isObject(d) && typeof d.year === 'number' ? { year: d.year, month: (d.month as number) ?? null, day: (d.day as number) ?? null, inferred: false } : null;
  const start = asDate(r.start);
  const end = asDate(r.end);
  if (start && end && comparePartialDates(start, end) > 0) add(`${path}.end`, 'ends before it starts');
}
