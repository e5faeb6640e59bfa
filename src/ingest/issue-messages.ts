import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { extractionJsonSchemaOf, type FORMATS } from './extraction-format.js';
import { nearestValid } from './suggest.js';

/*
 * Schema problems in words a person fixing a document can act on: "missing" rather than "expected array,
 * received undefined", and the nearest valid name for a value outside the vocabulary. The value itself is
 * quoted only when it is short, so a pasted article in the wrong field does not flood the report.
 */

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

const WHAT: Record<string, string> = {
  array: 'a list',
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  object: 'an object',
  boolean: 'true or false',
};

/** What the value at `path` is called, for messages: "relationship type", "organisation kind", ... */
function valueName(path: Path): string {
  const [section] = path;
  const field = String(path[path.length - 1]);
  const parent = String(path[path.length - 3] ?? '');
  if (field === 'type') return section === 'relationships' ? 'relationship type' : section === 'entities' ? 'entity type' : 'type';
  if (field === 'kind') return parent === 'quantities' ? 'quantity kind' : 'organisation kind';
  // an event's own status says whether it happened; every other status is a claim's
  if (field === 'status') return section === 'events' && path.length === 3 ? 'event status' : 'status';
  if (field === 'qualifier') return parent === 'quantities' ? 'quantity qualifier' : 'date qualifier';
  if (field === 'format') return 'format';
  return `value of "${field}"`;
}

function valueAt(input: unknown, path: Path): { found: boolean; value: unknown } {
  let current: unknown = input;
  for (const step of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step as PropertyKey))
      return { found: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[step as PropertyKey];
  }
  return { found: true, value: current };
}

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
};

function kindOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return WHAT[typeof value] ?? typeof value;
}

/** Fields whose meaning a bare "a list" would not tell. */
const FIELD_HINTS: Record<string, string> = {
  quotes: 'a list of at least one quote, verbatim from article.text',
  mentions: 'a list of at least one quote naming it, verbatim from article.text',
  key: 'a document-local key such as "duvanov"',
  from: 'the key of an entity in this document',
  to: 'the key of an entity in this document',
  entity: 'the key of an entity in this document',
  saidBy: 'the key of an entity or actor in this document who says it',
  description: 'a text: the actor as the article describes it, such as "his supporters"',
  quote: 'a quote, verbatim from article.text',
  dateQuote: 'a quote giving the date, verbatim from article.text',
  unit: 'a unit such as "years", "months", "KZT" or "USD"',
  value: 'a number, such as 3.5 for "three and a half years"',
  until: 'the end of the range, { "year": ... }',
};

function missing(path: Path, expected: string): string {
  return `missing: required, ${FIELD_HINTS[String(path[path.length - 1])] ?? expected}`;
}

function outsideVocabulary(path: Path, input: unknown, valid: readonly string[]): string {
  const { found, value } = valueAt(input, path);
  if (!found) return missing(path, `one of ${valid.join(', ')}`);
  const name = valueName(path);
  const suggestion = typeof value === 'string' ? nearestValid(value, valid) : null;
  return suggestion
    ? `${shown(value)} is not a valid ${name}; did you mean ${suggestion}?`
    : `${shown(value)} is not a valid ${name}; use one of ${valid.join(', ')}`;
}

const knownFields = new Map<string, string[]>();
/** Every field name a version of the format knows, from its JSON Schema: the pool for "did you mean" on a key. */
function fieldNames(format: (typeof FORMATS)[number]): string[] {
  const cached = knownFields.get(format);
  if (cached) return cached;
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) for (const key of Object.keys(properties)) names.add(key);
    for (const child of Object.values(node)) walk(child);
  };
  walk(extractionJsonSchemaOf(format));
  knownFields.set(format, [...names]);
  return [...names];
}

/** For a field put on the wrong kind of object: where it belongs. */
const WHERE_FIELDS_GO: Record<string, string> = {
  nationality: 'only a PERSON has a nationality',
  roles: 'only a PERSON has roles',
  kind: 'only an ORGANISATION has a kind',
  quantities: 'only an event has quantities',
  asOf: 'only a relationship has an "as of" date',
  dateQuote: 'only an event has a dateQuote',
  until: 'only a date has "until"',
  description: 'only an actor has a description',
};

function unknownField(key: string, input: unknown): string {
  const format = valueAt(input, ['format']).value === 'kg-extraction/1' ? 'kg-extraction/1' : 'kg-extraction/2';
  // a version 2 field in a version 1 document: the fix is the version, not the field
  if (format === 'kg-extraction/1' && fieldNames('kg-extraction/2').includes(key)) {
    return `unknown field ${shown(key)} in a kg-extraction/1 document; it is a kg-extraction/2 field: set "format": "kg-extraction/2"`;
  }
  if (fieldNames(format).includes(key))
    return `unknown field ${shown(key)} here; ${WHERE_FIELDS_GO[key] ?? 'the format has it in another place'}`;
  const best = fieldNames(format)
    .map((f) => ({ f, d: distance(key.toLowerCase(), f.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  const hint = best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? `; did you mean "${best.f}"?` : '';
  return `unknown field ${shown(key)}${hint}`;
}

/** One issue from the extraction schema as the message a person sees beside its JSON path. */
export function describeIssue(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const at = valueAt(input, issue.path);
      const expected = WHAT[issue.expected] ?? issue.expected;
      if (!at.found) return missing(issue.path, expected);
      return `expected ${expected}, found ${kindOfValue(at.value)}`;
    }
    case 'invalid_value':
      if (issue.values.every((v) => typeof v === 'string')) return outsideVocabulary(issue.path, input, issue.values as string[]);
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.every((o) => typeof o === 'string')) {
        return outsideVocabulary(issue.path, input, options as string[]);
      }
      return issue.message;
    }
    case 'unrecognized_keys':
      return issue.keys.map((k) => unknownField(k, input)).join('; ');
    default:
      return issue.message;
  }
}

/** Paths of `unrecognized_keys` issues name the object; the key belongs in the path. */
export function issuePath(issue: Issue): Path {
  return issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]] : issue.path;
}
