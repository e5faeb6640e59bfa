import Database from 'better-sqlite3';
import { StoreUnavailableError, UniquenessViolationError, ValidationError } from '../../domain/errors.js';

const UNIQUENESS_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
const INVALID_DATA_CODES = new Set(['SQLITE_CONSTRAINT_CHECK', 'SQLITE_CONSTRAINT_NOTNULL']);
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|READONLY|FULL|IOERR|CORRUPT|NOTADB|PERM)/;

/**
 * Maps SQLite's errors to the domain's at the adapter boundary, so callers can act on a stable `code`
 * without knowing better-sqlite3. Anything else (a caller's own error thrown from `onStep`, a bug)
 * passes through untouched.
 */
export function toDomainError(error: unknown): unknown {
  if (error instanceof Database.SqliteError) {
    if (UNIQUENESS_CODES.has(error.code)) return new UniquenessViolationError(error.message, error);
    if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      // SQLite does not say which row; the write was rolled back whole, so nothing dangles
      return new ValidationError(
        [{ path: '$', message: 'refers to an entity or article that is neither stored nor in the document' }],
        'embedded store',
      );
    }
    if (INVALID_DATA_CODES.has(error.code)) return new ValidationError([{ path: '$', message: error.message }], 'embedded store');
    if (UNAVAILABLE_CODES.test(error.code)) return new StoreUnavailableError(`embedded store: ${error.message}`, error);
  }
  if (error instanceof TypeError && /database connection is not open/.test(error.message)) {
    return new StoreUnavailableError('embedded store is closed', error);
  }
  return error;
}
