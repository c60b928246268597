import { open } from 'node:fs/promises';
import { CliError } from './CliError.js';
import type { Io } from './io.js';

/** What a command writes: one text, or its pieces in order (a million-record answer never becomes one string). */
export type Output = string | Iterable<string>;

/** Pieces are gathered to about this many UTF-16 units before each write: few syscalls, bounded memory. */
const WRITE_SIZE = 1 << 16;

/**
 * Writes a command's output to standard output, or to `file` when given. Output
 * given in pieces is written as it is made, waiting for a full pipe to drain, so
 * memory stays bounded by one piece and one buffer whatever the answer's size.
 *
 * @throws {CliError} when `file` cannot be written, saying why.
 */
export async function emit(io: Io, output: Output, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') {
    await writeAll(output, (text) => writeToStream(io.stdout, text));
    return;
  }
  const handle = await open(file, 'w').catch((error: unknown) => {
    throw cannotWrite(file, error);
  });
  try {
    await writeAll(output, async (text) => {
      await handle.write(text).catch((error: unknown) => {
        throw cannotWrite(file, error);
      });
    });
  } finally {
    await handle.close();
  }
}

async function writeAll(output: Output, write: (text: string) => Promise<void> | void): Promise<void> {
  if (typeof output === 'string') {
    await write(output);
    return;
  }
  let pending = '';
  for (const piece of output) {
    pending += piece;
    if (pending.length >= WRITE_SIZE) {
      await write(pending);
      pending = '';
    }
  }
  if (pending !== '') await write(pending);
}

/** Writes to a stream, and when its buffer is full (`write` returns false) waits for it to drain. */
function writeToStream(stream: Io['stdout'], text: string): Promise<void> | void {
  if (stream.write(text) !== false || typeof stream.once !== 'function') return;
  const emitter = stream as Required<Pick<Io['stdout'], 'once'>>;
  return new Promise((resolve) => emitter.once('drain', () => resolve()));
}

/** Only the file's own failures are put this way; an error while making the output passes through as it is. */
function cannotWrite(file: string, error: unknown): CliError {
  const code = (error as { code?: unknown }).code;
  const why =
    code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
  return new CliError(`${file}: cannot write: ${why}`);
}
