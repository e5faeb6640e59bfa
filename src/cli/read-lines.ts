import { closeSync, readSync } from 'node:fs';
import { DocumentReadError, type SourceDocument } from '../ingest/seed.js';
import { openRegularFile, tooLarge, type ReadLimits } from '../files/careful-read.js';
import { parseDocument } from './read-document.js';

/** A file of this extension holds one extraction document per line (JSON Lines), as corpora are shipped. */
export const JSON_LINES = /\.jsonl$/i;

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * The documents of a JSON Lines file, one per non-blank line, read a chunk at a time (a corpus may be
 * larger than memory should hold). Each is a thunk: a bad line (too long, not UTF-8, not JSON) fails
 * when its document is taken, naming the file and line, and the lines after it still come.
 */
export function* readDocumentLines(path: string, limits: ReadLimits): Generator<() => SourceDocument> {
  const fd = openRegularFile(path, limits);
  try {
    const buffer = Buffer.alloc(CHUNK);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let line = 0;
    // a line is judged when it ends: its length first (a line over the limit is never held whole)
    const take = (length: number, bytes: () => Buffer): (() => SourceDocument) | null => {
      line++;
      const where = `${path}:${line}`;
      if (length > limits.maxBytes)
        return () => {
          throw new DocumentReadError(`${where}: ${tooLarge(String(length), limits.maxBytes)}`);
        };
      const whole = bytes();
      if (whole.toString('latin1').trim() === '') return null;
      return () => ({ path: where, json: parseDocument(where, whole) });
    };
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0) break;
      let start = 0;
      for (let i = buffer.indexOf(NEWLINE, 0); i !== -1 && i < read; i = buffer.indexOf(NEWLINE, i + 1)) {
        const end = i;
        const doc = take(pendingBytes + end - start, () => Buffer.concat([...pending, buffer.subarray(start, end)]));
        pending = [];
        pendingBytes = 0;
        start = i + 1;
        if (doc) yield doc;
      }
      if (pendingBytes + read - start <= limits.maxBytes) pending.push(Buffer.from(buffer.subarray(start, read)));
      pendingBytes += read - start;
    }
    if (pendingBytes > 0) {
      const doc = take(pendingBytes, () => Buffer.concat(pending));
      if (doc) yield doc;
    }
  } finally {
    closeSync(fd);
  }
}
