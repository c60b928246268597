import { writeFile } from 'node:fs/promises';
import { CliError } from './CliError.js';
import type { Io } from './io.js';

/** Writes a command's output to standard output, or to `file` when given. */
export async function emit(io: Io, text: string, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(file, text);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new CliError(`${file}: cannot write: ${why}`);
  }
}
