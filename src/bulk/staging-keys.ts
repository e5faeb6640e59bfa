import { createHash } from 'node:crypto';

/**
 * Keys for the staging ledger (StagingLedger): a document's JSON digest and how many times the same JSON
 * came before it in this load. A corpus that holds one document twice stages it twice, as a load from
 * scratch would, and a resumed load skips exactly the occurrences staged before it stopped. Give a new
 * function to each load: it counts occurrences in reading order.
 */
export function stagingKeys(): (json: unknown) => string {
  const seen = new Map<string, number>();
  return (json) => {
    const digest = createHash('sha256').update(JSON.stringify(json)).digest('hex');
    const occurrence = seen.get(digest) ?? 0;
    seen.set(digest, occurrence + 1);
    return `${digest}#${occurrence}`;
  };
}
