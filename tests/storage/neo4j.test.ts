import { openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { describeNeo4j, resetNeo4jDatabase, useNeo4jTestClient } from '../support/neo4j.js';
import { describeGraphStoreContract } from './graph-store-contract.js';

// The shared storage contract against a real Neo4j: each test connects a new store, migrates it and
// starts from an empty database (see tests/support/neo4j.ts for when this runs, skips or fails).
describeNeo4j('Neo4j store', (config) => {
  const client = useNeo4jTestClient();
  describeGraphStoreContract(
    'neo4j',
    () => openNeo4jStore(config),
    () => resetNeo4jDatabase(client()),
  );
});
