/** Exit codes of the program: 0 fine, 1 a check found a difference, 2 bad input or usage. */
export const EXIT = { ok: 0, difference: 1, bad: 2 } as const;

/**
 * An error the program reports to a person and exits on: one line each, with
 * the file, the line or record, the field and what is wrong. Never a stack trace.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly lines: string[];
  readonly exitCode: number;

  constructor(lines: string | string[], exitCode: number = EXIT.bad) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.lines = all;
    this.exitCode = exitCode;
  }
}

/** A message for a failed file operation: `FILE: no such file`. */
export function fileErrorMessage(file: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return `${file}: no such file`;
    case 'EISDIR':
      return `${file}: is a directory, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied`;
    case 'ENOTDIR':
      return `${file}: a part of the path is not a directory`;
    default:
      return `${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
