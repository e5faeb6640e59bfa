import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { AccessConfig } from '../access/tokens.js';
import { viewerOf } from '../access/viewer.js';
import type { RequestAccess } from '../graphql/context.js';
import { GraphQLError } from '../graphql/graphql-js.js';

/** The request's access, read once from its Authorization header. */
export function requestAccess(request: Request, access: AccessConfig): RequestAccess {
  return { viewer: viewerOf(request.headers.get('authorization'), access), editingEnabled: access.editors.length > 0 };
}

/**
 * With KG_REQUIRE_READER_TOKEN=1, a request without a valid reader or editor token is refused with 401
 * before anything else runs (GraphQL, the explorer, exports alike); otherwise reads are public and only
 * mutations check (requireEditor in src/graphql/errors/editor-access.ts).
 */
export function useReaderAccess(access: AccessConfig): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (!access.requireReaderToken) return;
      const { viewer } = requestAccess(request, access);
      if (viewer.kind === 'reader' || viewer.kind === 'editor') return;
      const message =
        viewer.kind === 'invalid'
          ? 'The bearer token is not valid.'
          : 'This server needs a reader token: send `Authorization: Bearer <token>`.';
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }), {
          status: 401,
          headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
        }),
      );
    },
  };
}

/** The HTTP status of a refused credential: none or a wrong one (401), or one without the right (403). */
const REFUSAL_STATUS: Record<string, { status: number; headers?: Record<string, string> }> = {
  UNAUTHENTICATED: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
  FORBIDDEN: { status: 403 },
};

/**
 * A mutation refused for its credentials answers 401 or 403 under `Accept: application/graphql-response+json`,
 * as GraphQL over HTTP allows when nothing ran (`data` is null). Yoga applies `extensions.http` and strips
 * it from the body; `spec: true` keeps 200 under plain `application/json`, whose clients treat any other
 * status as a transport failure and would never read the error's code.
 */
export function useRefusalStatus(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || result.data != null || !result.errors?.length) return;
          const errors = result.errors.map((error) => {
            const refusal = REFUSAL_STATUS[String(error.extensions?.code)];
            if (!refusal) return error;
            return new GraphQLError(error.message, {
              nodes: error.nodes,
              source: error.source,
              positions: error.positions,
              path: error.path,
              originalError: error.originalError,
              extensions: { ...error.extensions, http: { spec: true, ...refusal } },
            });
          });
          setResult({ ...result, errors });
        },
      };
    },
  };
}
