/** Errors of ours carry a stable code, so the API and the CLI can report them without guessing. */
export abstract class KgError extends Error {
  abstract readonly code: string;
}

export interface ValidationProblem {
  /** JSON path of the offending value, like `$.relationships[3].to` */
  path: string;
  message: string;
}

export class ValidationError extends KgError {
  readonly code = 'VALIDATION_FAILED';
  constructor(
    readonly problems: ValidationProblem[],
    readonly source?: string,
  ) {
    super(`${source ? `${source}: ` : ''}${problems.length} problem(s):\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'ValidationError';
  }
}

export class ConfigError extends KgError {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: ValidationProblem[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export class UniquenessViolationError extends KgError {
  readonly code = 'UNIQUENESS_VIOLATION';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'UniquenessViolationError';
  }
}

export class NotFoundError extends KgError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} ${JSON.stringify(id)} does not exist`);
    this.name = 'NotFoundError';
  }
}

export class StoreUnavailableError extends KgError {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/** The store gave up on work that ran past its time limit: the query asks too much, or the store is slow. */
export class StoreTimeoutError extends KgError {
  readonly code = 'STORE_TIMEOUT';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StoreTimeoutError';
  }
}

/** An article could not be turned into a draft: the input, or the engine's configuration or answers. */
export class ExtractionError extends KgError {
  readonly code = 'EXTRACTION_FAILED';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}

/** A document or article file that cannot be read as given (not a regular file, too large, not UTF-8, not JSON). */
export class DocumentReadError extends KgError {
  readonly code = 'DOCUMENT_UNREADABLE';
}
