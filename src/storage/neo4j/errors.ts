import { Neo4jError } from 'neo4j-driver';
import { KgError, StoreTimeoutError, StoreUnavailableError, UniquenessViolationError } from '../../domain/errors.js';

/** Codes that mean "we cannot talk to this database at all", as opposed to "this statement failed". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Neo4j cancelled the transaction: it ran past its timeout, or an operator terminated it. */
const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/**
 * Turns a driver error into one of ours, so nothing above the adapter sees neo4j-driver types. Errors we
 * did not get from the driver (our own, or a test's throw from `onStep`) pass through untouched. Messages
 * name the URI and database, never the credentials.
 */
export function mapDriverError(error: unknown, where: { uri: string; database: string }): unknown {
  if (error instanceof KgError || !(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new UniquenessViolationError(`Neo4j refused a duplicate: ${error.message}`, error);
  }
  if (TIMED_OUT_CODES.has(error.code)) {
    return new StoreTimeoutError(
      `Neo4j at ${where.uri} (database "${where.database}") cancelled a transaction that ran too long: ${error.message}`,
      error,
    );
  }
  if (UNAVAILABLE_CODES.has(error.code)) {
    const reason = error.code.startsWith('Neo.ClientError.Security')
      ? 'the server refused the user name or password'
      : error.code === 'Neo.ClientError.Database.DatabaseNotFound'
        ? `database "${where.database}" does not exist`
        : error.message;
    return new StoreUnavailableError(`Neo4j at ${where.uri} (database "${where.database}") is unavailable: ${reason}`, error);
  }
  return error;
}
