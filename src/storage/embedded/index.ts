export { EmbeddedGraphStore, openEmbeddedStore } from './embedded-store.js';
export { DATABASE_FILE_NAME } from './connection.js';
