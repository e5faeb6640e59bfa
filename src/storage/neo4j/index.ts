/** The Neo4j adapter's public face: the only way in for the composition root. */
export { openNeo4jStore } from './neo4j-store.js';
export { createNeo4jClient, type Neo4jClient, type Neo4jConnection } from './driver.js';
