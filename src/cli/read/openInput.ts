import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CliError, fileErrorMessage } from '../CliError.js';

/** A file (or standard input, for `-`) opened as a stream, with what progress needs. */
export interface OpenInput {
  stream: Readable;
  /** The file's size in bytes; 0 for standard input. */
  size: number;
  /** The open file, to close when done; undefined for standard input. */
  handle: FileHandle | undefined;
}

/**
 * Opens an input file as a stream, or standard input for `-`.
 *
 * @throws {CliError} naming the file when it is missing, unreadable or a directory.
 */
export async function openInput(file: string, encoding?: BufferEncoding): Promise<OpenInput> {
  if (file === '-') return { stream: process.stdin, size: 0, handle: undefined };
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return { stream: handle.createReadStream(encoding === undefined ? {} : { encoding }), size: stat.size, handle };
  } catch (error) {
    await handle?.close();
    throw new CliError(fileErrorMessage(file, error));
  }
}
