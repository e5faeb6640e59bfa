/**
 * Run as a separate process by embedded-durability.test.ts: writes one document, says "written" once
 * writeDocument has resolved, then idles without closing the store until the test kills it with SIGKILL.
 */
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import { DOCUMENT_A } from './fixtures.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: durability-child.ts <dataDir>');
const store = await openEmbeddedStore(dataDir);
await store.writeDocument(DOCUMENT_A);
process.stdout.write('written\n');
setInterval(() => {}, 60_000);
