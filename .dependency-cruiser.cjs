/**
 * The layering of src/ (README: Layout), checked in CI by `npm run check:arrows`:
 *   domain  <-  resolution  <-  files, config, access, storage  <-  ingest, extract, editing, export, graphql, bulk, archive  <-  composition  <-  server, cli
 * Arrows point inward only, and there are no cycles. explore (the browser page) talks to the server
 * through its public HTTP API and imports nothing of the server's.
 */
const LOWER_THAN_STORAGE = '^src/(domain|resolution|files)/';
const MIDDLE = '^src/(ingest|extract|editing|export|graphql|bulk|archive)/';
const OUTER = '^src/(composition|server|cli)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'a cycle makes two modules one: neither can change or be tested alone',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-nothing',
      severity: 'error',
      comment: 'domain holds the records and rules everything else builds on',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'resolution-only-domain',
      severity: 'error',
      comment: 'the rules of name matching are pure: they read no store and know no planner',
      from: { path: '^src/resolution/' },
      to: { path: '^src/', pathNot: '^src/(domain|resolution)/' },
    },
    { name: 'files-only-domain', severity: 'error', from: { path: '^src/files/' }, to: { path: '^src/', pathNot: '^src/(domain|files)/' } },
    {
      name: 'storage-decides-nothing',
      severity: 'error',
      comment: 'the store executes and reads; it imports no planner',
      from: { path: '^src/storage/' },
      to: { path: '^src/', pathNot: `${LOWER_THAN_STORAGE}|^src/(storage|config)/` },
    },
    {
      name: 'middle-not-outer',
      severity: 'error',
      comment: 'ingest, extract, graphql, ... never reach into a composition root',
      from: { path: MIDDLE },
      to: { path: OUTER },
    },
    {
      name: 'lower-not-middle',
      severity: 'error',
      from: { path: '^src/(config|access)/' },
      to: { path: `${MIDDLE}|${OUTER}|^src/storage/` },
    },
    { name: 'composition-not-roots', severity: 'error', from: { path: '^src/composition/' }, to: { path: '^src/(server|cli)/' } },
    {
      name: 'server-cli-apart',
      severity: 'error',
      comment: 'two composition roots: neither imports the other',
      from: { path: '^src/server/' },
      to: { path: '^src/cli/' },
    },
    { name: 'cli-server-apart', severity: 'error', from: { path: '^src/cli/' }, to: { path: '^src/server/' } },
    {
      name: 'explore-only-itself',
      severity: 'error',
      comment: 'the page talks to the public HTTP API only',
      from: { path: '^src/explore/' },
      to: { path: '^src/', pathNot: '^src/explore/' },
    },
    {
      name: 'nothing-imports-explore',
      severity: 'error',
      comment: 'the server bundles the page from its files, it does not import them',
      from: { path: '^src/', pathNot: '^src/explore/' },
      to: { path: '^src/explore/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
