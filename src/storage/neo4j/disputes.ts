import type { DisputeMarker } from '../../domain/disputes.js';
import { ADD_DISPUTES, DROP_DISPUTES } from './claim-statements.js';
import type { WriteTransaction } from './driver.js';

/**
 * Sets each subject's dispute markers to exactly the ones given, in the caller's transaction; markers of
 * subjects not listed are added (a bulk load's, into an empty store).
 */
export async function putDisputes(tx: WriteTransaction, subjectIds: readonly string[], markers: readonly DisputeMarker[]): Promise<void> {
  if (subjectIds.length > 0) await tx.run(DROP_DISPUTES, { subjectIds: [...new Set(subjectIds)], keep: markers.map((m) => m.id) });
  if (markers.length > 0) await tx.run(ADD_DISPUTES, { markers: markers.map((m) => ({ ...m })) });
}
