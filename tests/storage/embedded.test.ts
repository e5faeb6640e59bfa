import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import { describeGraphStoreContract } from './graph-store-contract.js';

const root = mkdtempSync(join(tmpdir(), 'kg-embedded-contract-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let opened = 0;
// every test gets a store of its own in a new directory, so there is nothing to reset
describeGraphStoreContract(
  'embedded',
  () => openEmbeddedStore(join(root, `store-${++opened}`)),
  async () => {},
);
