/**
 * A progress line on standard error, shown only when it is a terminal and
 * only once the work has taken more than `delayMs` (one second by default):
 * short reads stay silent, long ones say how far they are. Redrawn at most
 * ten times a second, and erased when done.
 */
export class Progress {
  private readonly started: number;
  private lastDrawn = Number.NEGATIVE_INFINITY;
  private shown = false;

  constructor(
    private readonly stream: { write(text: string): unknown; isTTY?: boolean | undefined },
    private readonly now: () => number = Date.now,
    private readonly delayMs = 1000,
  ) {
    this.started = now();
  }

  /** Says where the work is; cheap to call often. */
  update(text: string | (() => string)): void {
    if (this.stream.isTTY !== true) return;
    const at = this.now();
    if (at - this.started < this.delayMs || at - this.lastDrawn < 100) return;
    this.lastDrawn = at;
    this.shown = true;
    this.stream.write(`\r\x1b[K${typeof text === 'string' ? text : text()}`);
  }

  /**
   * Says what a long synchronous step is doing, at once (when standard error
   * is a terminal): such a step cannot update the line while it runs, so the
   * caller announces it when the input is large enough to take a while.
   */
  announce(text: string): void {
    if (this.stream.isTTY !== true) return;
    this.shown = true;
    this.lastDrawn = this.now();
    this.stream.write(`\r\x1b[K${text}`);
  }

  /** Erases the progress line, if one was drawn. */
  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

/** 'reading FILE: 45% (12.3 MB of 27.0 MB), 123,456 records'. */
export function readingText(file: string, bytes: number, total: number, records?: number): string {
  const mb = (value: number) => `${(value / 1e6).toFixed(1)} MB`;
  const share = total > 0 ? `${Math.floor((bytes / total) * 100)}% (${mb(bytes)} of ${mb(total)})` : mb(bytes);
  return `reading ${file}: ${share}${records === undefined ? '' : `, ${records.toLocaleString('en')} records`}`;
}

/** Inputs at least this large get their long steps announced on a terminal. */
export const LARGE_INPUT_RECORDS = 50_000;
