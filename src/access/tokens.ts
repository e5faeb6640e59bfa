import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Access tokens as configured (`name:token,...`). Only a SHA-256 digest of each token is kept in memory,
 * and a presented token is hashed and compared with timingSafeEqual against every digest, so neither the
 * comparison time nor a heap dump reveals a token.
 */
interface AccessToken {
  /** who holds it: recorded as the author of each write made with it */
  name: string;
  digest: Buffer;
}

export interface AccessConfig {
  editors: AccessToken[];
  readers: AccessToken[];
  /** when true, every request needs a reader or editor token */
  requireReaderToken: boolean;
}

const MIN_TOKEN_LENGTH = 16;
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u;

export function tokenDigestOf(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Parses `name:token,name:token`. Problems name the entry by position and never quote the token.
 * Returns the problems instead of throwing, so config.ts can report them with every other setting's.
 */
export function parseTokenList(value: string | undefined): { tokens: AccessToken[]; problems: string[] } {
  const tokens: AccessToken[] = [];
  const problems: string[] = [];
  if (value === undefined || value.trim() === '') return { tokens, problems };
  value.split(',').forEach((entry, i) => {
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    if (colon < 0 || !NAME.test(name)) {
      problems.push(`entry ${i + 1} must be name:token, with a name of letters, digits, spaces, dots, dashes or @`);
    } else if (token.length < MIN_TOKEN_LENGTH) {
      problems.push(`entry ${i + 1} (${name}): the token must be at least ${MIN_TOKEN_LENGTH} characters`);
    } else if (tokens.some((t) => t.digest.equals(tokenDigestOf(token)))) {
      problems.push(`entry ${i + 1} (${name}): the same token is given twice`);
    } else {
      tokens.push({ name, digest: tokenDigestOf(token) });
    }
  });
  return { tokens, problems };
}

/** The holder of a presented token, or null; every digest is compared, whether or not one matched. */
export function holderOf(tokens: readonly AccessToken[], presented: string): string | null {
  const digest = tokenDigestOf(presented);
  let holder: string | null = null;
  for (const t of tokens) if (timingSafeEqual(t.digest, digest) && holder === null) holder = t.name;
  return holder;
}
