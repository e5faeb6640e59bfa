import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ExtractionError } from '../domain/errors.js';

/**
 * Refuses an output path that cannot be written before any work is done: an extraction may take
 * minutes (and tokens), which a typo in --out should not waste. `inputs` must not be overwritten.
 */
export function checkOutputPath(out: string, inputs: readonly string[]): void {
  if (inputs.some((input) => resolve(input) === resolve(out)))
    throw new ExtractionError(`${out}: is the article itself; give --out another file`);
  const directory = dirname(resolve(out));
  if (!statSync(directory, { throwIfNoEntry: false })?.isDirectory())
    throw new ExtractionError(`${out}: the directory ${dirname(out)} does not exist; create it or give --out another path`);
  if (statSync(out, { throwIfNoEntry: false })?.isDirectory()) throw new ExtractionError(`${out}: is a directory; give --out a file name`);
}

/**
 * Writes a whole file or nothing: into a temporary file beside it, then renamed over it, so a failure or
 * an interruption never leaves a half-written draft where a reviewer or `kg ingest` would find it.
 */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new ExtractionError(
      `${path}: cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; check the path and its permissions`,
      error,
    );
  }
}
