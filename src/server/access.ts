import type { Plugin } from 'graphql-yoga';
import type { AccessConfig } from '../access/tokens.js';
import { viewerOf } from '../access/viewer.js';
import type { RequestAccess } from '../graphql/context.js';

/** The request's access, read once from its Authorization header. */
export function requestAccess(request: Request, access: AccessConfig): RequestAccess {
  return { viewer: viewerOf(request.headers.get('authorization'), access), editingEnabled: access.editors.length > 0 };
}

/**
 * With KG_REQUIRE_READER_TOKEN=1, a request without a valid reader or editor token is refused with 401
 * before anything else runs (GraphQL, the explorer, exports alike); otherwise reads are public and only
 * mutations check (requireEditor in src/graphql/editor-access.ts).
 */
export function useReaderAccess(access: AccessConfig): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (!access.requireReaderToken) return;
      const { viewer } = requestAccess(request, access);
      if (viewer.kind === 'reader' || viewer.kind === 'editor') return;
      const message = viewer.kind === 'invalid'
        ? 'The bearer token is not valid.'
        : 'This server needs a reader token: send `Authorization: Bearer <token>`.';
      endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }), {
        status: 401,
        headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
      }));
    },
  };
}
