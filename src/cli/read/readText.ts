import { open } from 'node:fs/promises';
import { CliError, fileErrorMessage } from '../CliError.js';
import { type Progress, readingText } from './Progress.js';

const CHUNK = 4 * 1024 * 1024;

/**
 * Reads a whole file as UTF-8 text (without a byte-order mark) into one
 * buffer of the file's size, reporting progress; `-` reads standard input.
 *
 * @throws {CliError} naming the file when it cannot be read.
 */
export async function readText(file: string, progress?: Progress): Promise<string> {
  if (file === '-') return stripBom(await readStdin());
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, Math.min(CHUNK, size - offset), offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
      progress?.update(() => readingText(file, offset, size));
    }
    return stripBom(buffer.toString('utf8', 0, offset));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(fileErrorMessage(file, error));
  } finally {
    await handle?.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Drops a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
