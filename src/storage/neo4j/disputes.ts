import type { DisputeMarker } from '../../domain/disputes.js';
import { PUT_DISPUTES } from './claim-statements.js';
import type { WriteTransaction } from './driver.js';

/** Sets each subject's dispute markers to exactly the ones given, in the caller's transaction. */
export async function putDisputes(tx: WriteTransaction, subjectIds: readonly string[], markers: readonly DisputeMarker[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await tx.run(PUT_DISPUTES, { subjectIds: [...new Set(subjectIds)], markers: markers.map((m) => ({ ...m })) });
}
