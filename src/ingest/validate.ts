import type { z } from 'zod';
import type { EntityType } from '../domain/entity.js';
import { ValidationError, type ValidationProblem } from '../domain/errors.js';
import { partialDateProblem } from '../domain/partial-date.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain/vocabulary.js';
import { extractionDocument, type ExtractionDocument, type PartialDateInput } from './extraction-format.js';
import { normaliseForQuoteMatch, quoteIsVerbatim } from './quotes.js';

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
}

function zodProblems(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/**
 * Validates a whole extraction document before anything is written: structure, key references,
 * vocabulary and endpoint types, dates, and that every quote is verbatim in the article text.
 * Throws a ValidationError listing every problem with its JSON path; returns the parsed document.
 */
export function validateExtraction(input: unknown, source?: string): ExtractionDocument {
  const parsed = extractionDocument.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error), source);
  const doc = parsed.data;
  const problems: ValidationProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const types = new Map<string, EntityType>();
  const declare = (key: string, type: EntityType, path: string) => {
    if (types.has(key)) add(`${path}.key`, `duplicate key "${key}"`);
    else types.set(key, type);
  };
  doc.entities.forEach((e, i) => declare(e.key, e.type, `$.entities[${i}]`));
  doc.events.forEach((e, i) => declare(e.key, 'EVENT', `$.events[${i}]`));

  const text = normaliseForQuoteMatch(doc.article.text);
  const checkQuotes = (list: readonly string[] | undefined, path: string) =>
    list?.forEach((q, i) => {
      if (!quoteIsVerbatim(q, text)) add(`${path}[${i}]`, `quote not found verbatim in article.text: "${q.slice(0, 80)}"`);
    });
  const checkDate = (date: PartialDateInput | undefined, path: string) => {
    const problem = date && partialDateProblem(date);
    if (problem) add(path, `impossible date: ${problem}`);
  };
  const checkRef = (key: string, path: string, allowed: readonly EntityType[]) => {
    const type = types.get(key);
    if (!type) add(path, `unknown key "${key}"`);
    else if (!allowed.includes(type)) add(path, `"${key}" is a ${type}; expected ${allowed.join(' or ')}`);
  };

  checkDate(doc.article.publishedAt, '$.article.publishedAt');
  doc.entities.forEach((e, i) => checkQuotes(e.mentions, `$.entities[${i}].mentions`));
  doc.events.forEach((event, i) => {
    const path = `$.events[${i}]`;
    checkQuotes(event.mentions, `${path}.mentions`);
    checkDate(event.date, `${path}.date`);
    if (event.place) checkRef(event.place, `${path}.place`, ['PLACE']);
    event.participants.forEach((p, j) => {
      checkRef(p.entity, `${path}.participants[${j}].entity`, RELATIONSHIP_TYPES.PARTICIPATED_IN.from);
      checkQuotes(p.quotes, `${path}.participants[${j}].quotes`);
    });
  });
  doc.relationships.forEach((r, i) => {
    const path = `$.relationships[${i}]`;
    const spec = RELATIONSHIP_TYPES[r.type as RelationshipType];
    checkRef(r.from, `${path}.from`, spec.from);
    checkRef(r.to, `${path}.to`, spec.to);
    if (r.from === r.to) add(`${path}.to`, 'a relationship needs two different ends');
    checkDate(r.start, `${path}.start`);
    checkDate(r.end, `${path}.end`);
    checkQuotes(r.quotes, `${path}.quotes`);
  });

  if (problems.length > 0) throw new ValidationError(problems, source);
  return doc;
}
