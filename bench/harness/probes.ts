import type { Driver } from 'neo4j-driver';
import type { CorpusManifest } from '../corpus/write.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { run, type BenchDatabase } from './db.js';
import type { Probes } from './mix.js';

const T = RELATIONSHIP_TYPE_NAMES.join('|');

async function degreeOf(driver: Driver, db: BenchDatabase, id: string): Promise<number> {
  const [row] = await run(driver, db, `MATCH (e:Entity {id: $id}) RETURN COUNT { MATCH (e)-[r:${T}]-(:Entity) RETURN DISTINCT r } AS d`, {
    id,
  });
  if (!row) throw new Error(`probe ${id} is not in the graph`);
  return row.d as number;
}

/** The entities the mix asks about: from the manifest, except the hub, which must fit one page of 100. */
export async function pickProbes(driver: Driver, db: BenchDatabase, manifest: CorpusManifest): Promise<Probes> {
  const [hub] = await run(
    driver,
    db,
    `
    MATCH (e:Person)
    WITH e, COUNT { MATCH (e)-[r:${T}]-(:Entity) RETURN DISTINCT r } AS d
    WHERE d <= 100
    RETURN e.id AS id, d ORDER BY d DESC, e.id LIMIT 1`,
  );
  const { probes } = manifest;
  return {
    hub: { id: hub.id as string, degree: hub.d as number },
    ordinary: { id: probes.ordinaryPerson.id, degree: await degreeOf(driver, db, probes.ordinaryPerson.id) },
    busiest: { id: probes.hubPerson.id, degree: await degreeOf(driver, db, probes.hubPerson.id) },
    surname: probes.searchSurname,
    pathFrom: probes.ordinaryPerson.id,
    pathTo: probes.middlePerson.id,
  };
}
