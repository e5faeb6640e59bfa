import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { DocumentReadError } from '../domain/errors.js';

/**
 * Reading a path someone typed, the careful way: the CLI's extraction documents and the articles that
 * `kg extract` reads share it, so both refuse the same things in the same words.
 */
export interface ReadLimits {
  /** largest document read, in bytes (KG_MAX_DOCUMENT_BYTES, --max-document-bytes) */
  maxBytes: number;
  /** follow a symbolic link given as a document (--follow-symlinks); off by default */
  followSymlinks: boolean;
}

const fail = (path: string, message: string) => new DocumentReadError(`${path}: ${message}`);

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Opens a path someone typed, the careful way: only a regular file, a symbolic link only when asked.
 * Returns the open descriptor; the caller closes it.
 */
export function openRegularFile(path: string, limits: Pick<ReadLimits, 'followSymlinks'>): number {
  let fd: number;
  try {
    // O_NOFOLLOW refuses a link at open time, so the check cannot be raced by swapping the file for a
    // link; O_NONBLOCK keeps a named pipe from hanging the open (it is refused just below)
    const noFollow = limits.followSymlinks ? 0 : constants.O_NOFOLLOW;
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | noFollow);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' && !limits.followSymlinks && isSymlink(path)) {
      throw fail(path, 'is a symbolic link; kg reads only regular files (pass --follow-symlinks to follow links)');
    }
    throw fail(path, `cannot read: ${code ?? (error as Error).message}`);
  }
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    closeSync(fd);
    throw fail(path, `is ${kindOf(stats)}; kg reads only regular files`);
  }
  return fd;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function tooLarge(size: string, max: number): string {
  return `is ${size} bytes, over the limit of ${max} bytes for one document (raise KG_MAX_DOCUMENT_BYTES or --max-document-bytes)`;
}

export function readUpTo(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(Math.min(limit, 1 << 20));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks, total);
}
