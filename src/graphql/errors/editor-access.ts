import type { KgContext } from '../context.js';
import { GraphQLError } from '../graphql-js.js';

/** The editor a write is recorded under. */
export interface Editor {
  name: string;
}

/**
 * Every mutation starts here: it returns the editor named by the request's token, or throws
 * UNAUTHENTICATED (no token, or one that matches nothing) or FORBIDDEN (a reader's token, or editing not
 * configured at all). The token itself never appears in a message.
 */
export function requireEditor(ctx: KgContext): Editor {
  const { viewer, editingEnabled } = ctx.access;
  if (!editingEnabled) {
    throw new GraphQLError('Editing is disabled on this server: no editor token is configured (KG_EDITOR_TOKENS).', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  switch (viewer.kind) {
    case 'editor':
      return { name: viewer.name };
    case 'reader':
      throw new GraphQLError('This token may read but not edit; an editor token is needed.', { extensions: { code: 'FORBIDDEN' } });
    case 'invalid':
      throw new GraphQLError('The bearer token is not valid.', { extensions: { code: 'UNAUTHENTICATED' } });
    case 'anonymous':
      throw new GraphQLError('Editing needs an editor token: send `Authorization: Bearer <token>`.', {
        extensions: { code: 'UNAUTHENTICATED' },
      });
  }
}
