// Says once, at the top of `npm test`, whether the Neo4j suites run, skip, or must fail.
export default function announceNeo4j(): void {
  const uri = process.env.NEO4J_URI;
  if (uri) console.log(`[kg] Neo4j suites run against ${uri}`);
  else if (process.env.KG_REQUIRE_NEO4J === '1')
    console.log('[kg] KG_REQUIRE_NEO4J=1 but NEO4J_URI is not set: the Neo4j suites will FAIL');
  else console.log('[kg] NEO4J_URI is not set: the Neo4j suites are SKIPPED (set it, or see README "Running on Neo4j")');
}
