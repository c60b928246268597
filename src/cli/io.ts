/** Where the program writes: standard output and standard error (a TTY or not), and a clock for progress. */
export interface Io {
  /** `once('drain')` is used, when present, to wait for a full pipe (Node's streams have it). */
  stdout: { write(text: string): unknown; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean | undefined };
  /** Milliseconds, for progress only; `Date.now` by default. */
  now?: () => number;
}
