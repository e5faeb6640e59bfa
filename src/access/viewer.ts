import { holderOf, type AccessConfig } from './tokens.js';

/**
 * Who is asking, as read from `Authorization: Bearer <token>`. `invalid` means a token was presented and
 * matched nothing (or the header was malformed): public reads still answer, writes are refused.
 */
export type Viewer = { kind: 'anonymous' } | { kind: 'invalid' } | { kind: 'reader'; name: string } | { kind: 'editor'; name: string };

const BEARER = /^Bearer[ ]+([^\s]+)[ ]*$/i;
/** longer headers are not hashed: no configured token is this long */
const MAX_HEADER_LENGTH = 1024;

export function viewerOf(authorization: string | null, access: AccessConfig): Viewer {
  if (authorization === null || authorization.trim() === '') return { kind: 'anonymous' };
  if (authorization.length > MAX_HEADER_LENGTH) return { kind: 'invalid' };
  const token = BEARER.exec(authorization)?.[1];
  if (!token) return { kind: 'invalid' };
  // checked in both lists every time, so the answer's timing says nothing about which list holds it
  const editor = holderOf(access.editors, token);
  const reader = holderOf(access.readers, token);
  if (editor !== null) return { kind: 'editor', name: editor };
  if (reader !== null) return { kind: 'reader', name: reader };
  return { kind: 'invalid' };
}

/** Editing is off until an editor token is configured; reading is public unless configured otherwise. */
export const NO_ACCESS_CONFIGURED: AccessConfig = { editors: [], readers: [], requireReaderToken: false };
