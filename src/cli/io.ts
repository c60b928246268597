/** Where the program writes: standard output and standard error (a TTY or not), and a clock for progress. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean | undefined };
  /** Milliseconds, for progress only; `Date.now` by default. */
  now?: () => number;
}
