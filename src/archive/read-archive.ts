import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { KgError } from '../domain/errors.js';
import { ArchiveError, parseEntry, parseHeader, type ArchiveEntry, type ArchiveHeader } from './format.js';

export interface ArchiveLine {
  where: string;
  entry: ArchiveEntry;
}

function parsedJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ArchiveError(`${where}: not a complete JSON line (the dump is truncated or damaged)`);
  }
}

/**
 * A dump's entries in file order, each with its file:line, after checking the header; ends by checking
 * the closing line (present, last, and counting the entries), so a truncated file fails at its end.
 */
export async function* readArchive(path: string, onHeader: (header: ArchiveHeader) => void = () => {}): AsyncGenerator<ArchiveLine> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let entries = 0;
  let ended = false;
  try {
    for await (const text of lines) {
      line++;
      const where = `${path}:${line}`;
      if (ended) throw new ArchiveError(`${where}: a line after the closing line; the dump is damaged`);
      const value = parsedJson(text, where);
      if (line === 1) {
        onHeader(parseHeader(value, where));
        continue;
      }
      const entry = parseEntry(value, where);
      if (entry.kind === 'end') {
        if (entry.entries !== entries)
          throw new ArchiveError(
            `${where}: the closing line counts ${entry.entries} entries, the file holds ${entries}; the dump is damaged`,
          );
        ended = true;
        continue;
      }
      entries++;
      yield { where, entry };
    }
  } catch (error) {
    if (!(error instanceof KgError) && (error as NodeJS.ErrnoException).code)
      throw new ArchiveError(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code}`, { cause: error });
    throw error;
  } finally {
    lines.close();
    input.destroy();
  }
  if (line === 0) throw new ArchiveError(`${path}: is empty, not a kg dump`);
  if (!ended) throw new ArchiveError(`${path}:${line}: the dump ends without its closing line; it is truncated`);
}
