import type { RequestAccess } from '../context.js';
import { builder } from '../builder.js';

const ROLES = ['ANONYMOUS', 'READER', 'EDITOR', 'INVALID'] as const;
const ViewerRoleEnum = builder.enumType('ViewerRole', {
  values: ROLES,
  description: "What the request's token makes its sender: INVALID when a token was sent that matches none.",
});

const ViewerRef = builder.objectRef<RequestAccess>('Viewer').implement({
  description: "Who is asking, as the request's bearer token says; the token itself is never echoed.",
  fields: (t) => ({
    role: t.field({ type: ViewerRoleEnum, resolve: (a) => a.viewer.kind.toUpperCase() as (typeof ROLES)[number] }),
    name: t.string({
      nullable: true,
      description: "the holder's name as configured, for a reader or an editor",
      resolve: (a) => ('name' in a.viewer ? a.viewer.name : null),
    }),
    mayEdit: t.boolean({
      description: "whether this request may run the editors' mutations",
      resolve: (a) => a.editingEnabled && a.viewer.kind === 'editor',
    }),
    editingEnabled: t.boolean({ description: 'false while the server has no editor token configured', resolve: (a) => a.editingEnabled }),
  }),
});

// a page asks this once after sign-in, to say who you are and to show editing controls only to editors
builder.queryField('viewer', (t) => t.field({ type: ViewerRef, resolve: (_root, _args, ctx) => ctx.access }));
