import { describe } from 'vitest';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { useContractStore } from './contract/harness.js';
import { describeNodesAndPages } from './contract/nodes-and-pages.js';
import { describeRelations } from './contract/relations.js';
import { describeReviewItems } from './contract/review-items.js';
import { describeSearch } from './contract/search.js';
import { describeMatchCandidates } from './contract/match-candidates.js';
import { describeWalks } from './contract/walks.js';
import { describeEditorWrites } from './contract/editor-writes.js';
import { describeWrites } from './contract/writes.js';
import { describeFacts } from './contract/facts.js';
import { describeIngestedDocuments } from './contract/ingested-documents.js';

export type { ContractAdapter } from './contract/harness.js';

/**
 * The one storage contract: every adapter runs this suite and must pass it unchanged.
 *
 * Before each test the suite calls `open()`, then `migrate()`, then `reset(store)`; after it, `close()`.
 * So `open` may hand out a fresh store (embedded: a new temp dir, `reset` a no-op) or connect to a shared
 * one (Neo4j: `reset` deletes everything). `skip` lets a run without the database say so instead of failing.
 */
export function describeGraphStoreContract(
  name: string,
  open: () => Promise<GraphStore>,
  reset: (store: GraphStore) => Promise<void>,
  options: { skip?: boolean } = {},
): void {
  describe.skipIf(options.skip ?? false)(`GraphStore contract: ${name}`, () => {
    const ctx = useContractStore({ open, reset });
    describeNodesAndPages(ctx);
    describeRelations(ctx);
    describeSearch(ctx);
    describeMatchCandidates(ctx);
    describeWalks(ctx);
    describeWrites(ctx);
    describeReviewItems(ctx);
    describeEditorWrites(ctx);
    describeFacts(ctx);
    describeIngestedDocuments(ctx);
  });
}
