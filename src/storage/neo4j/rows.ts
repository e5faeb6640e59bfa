import type { Row } from './driver.js';

/*
 * Typed reads of Neo4j rows. The driver hands back each row (and each map inside one) as untyped values;
 * these decoders check a column's type where it is read and give it its TypeScript type, so a statement
 * and its reader that drift apart fail at once, naming the column, instead of passing a wrong value on.
 * Plain functions, not a schema library: every entity and relationship of every read passes through
 * them, on the request path. Absent and null are the same in Neo4j (a property set to null is removed).
 */

/** A row, or a map inside one, that is not the shape its reader expects. */
export class RowShapeError extends Error {
  constructor(
    readonly column: string,
    expected: string,
    value: unknown,
  ) {
    super(`Neo4j row: column "${column}" should be ${expected}, but is ${describe(value)}`);
    this.name = 'RowShapeError';
  }
}

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'lists' : typeof value === 'object' ? 'maps' : `${typeof value}s`;

/** The wrong value, briefly: its kind, and a short one itself (a long string cut, a map or list not shown). */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'missing';
  if (Array.isArray(value)) return `a list of ${[...new Set(value.map(kindOf))].join(' and ') || 'nothing'}`;
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return `the ${typeof value} ${String(value)}`;
}

const missing = (value: unknown): value is null | undefined => value === null || value === undefined;

export function str(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new RowShapeError(column, 'a string', value);
  return value;
}

export function optStr(row: Row, column: string): string | null {
  const value = row[column];
  if (missing(value)) return null;
  if (typeof value !== 'string') throw new RowShapeError(column, 'a string or missing', value);
  return value;
}

export function num(row: Row, column: string): number {
  const value = row[column];
  if (typeof value !== 'number') throw new RowShapeError(column, 'a number', value);
  return value;
}

export function optNum(row: Row, column: string): number | null {
  const value = row[column];
  if (missing(value)) return null;
  if (typeof value !== 'number') throw new RowShapeError(column, 'a number or missing', value);
  return value;
}

/** A flag that is false when absent (written before the property existed). */
export function flag(row: Row, column: string): boolean {
  const value = row[column];
  if (missing(value)) return false;
  if (typeof value !== 'boolean') throw new RowShapeError(column, 'a boolean or missing', value);
  return value;
}

function isStringList(value: unknown[]): value is string[] {
  return value.every((v) => typeof v === 'string');
}

export function strList(row: Row, column: string): string[] {
  const value = row[column];
  if (!Array.isArray(value) || !isStringList(value)) throw new RowShapeError(column, 'a list of strings', value);
  return value;
}

/** A list property that may be absent: Neo4j keeps no empty list a writer left out. */
export function optStrList(row: Row, column: string): string[] {
  return missing(row[column]) ? [] : strList(row, column);
}

function isMap(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A map column: a node's properties (`n {.*}`, `properties(n)`) or a map the statement builds. */
export function map(row: Row, column: string): Row {
  const value = row[column];
  if (!isMap(value)) throw new RowShapeError(column, 'a map', value);
  return value;
}

export function mapList(row: Row, column: string): Row[] {
  const value = row[column];
  if (!Array.isArray(value) || !value.every(isMap)) throw new RowShapeError(column, 'a list of maps', value);
  return value;
}

/** A value of a closed vocabulary (an entity type, a claim status): anything else is refused by name. */
export function oneOf<T extends string>(row: Row, column: string, values: readonly T[]): T {
  const value = row[column];
  const found = values.find((v) => v === value);
  if (found === undefined) throw new RowShapeError(column, `one of ${values.join(', ')}`, value);
  return found;
}

export function optOneOf<T extends string>(row: Row, column: string, values: readonly T[]): T | null {
  return missing(row[column]) ? null : oneOf(row, column, values);
}

/**
 * A value this adapter wrote as JSON text (properties hold no maps). Its string-ness is checked, not its
 * contents: they were serialised from the domain type by our own writer, and checking every entity's
 * dates and citations again on each read would cost more than the read.
 */
export function optJson<T>(row: Row, column: string): T | null {
  const text = optStr(row, column);
  return text === null || text === '' ? null : JSON.parse(text);
}
