import { describe, expect, it } from 'vitest';
import { Progress, readingText } from '../../src/cli/read/Progress.js';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

describe('Progress', () => {
  it('stays silent during the first second', () => {
    const { stream, written } = terminal(true);
    let now = 0;
    const progress = new Progress(stream, () => now);
    now = 999;
    progress.update('reading');
    progress.done();
    expect(written).toEqual([]);
  });

  it('shows progress on a terminal after a second, at most ten times a second, and erases it when done', () => {
    const { stream, written } = terminal(true);
    let now = 0;
    const progress = new Progress(stream, () => now);
    now = 1000;
    progress.update('reading 10%');
    now = 1050;
    progress.update('reading 11%');
    now = 1100;
    progress.update(() => 'reading 20%');
    progress.done();
    expect(written).toEqual(['\r\x1b[Kreading 10%', '\r\x1b[Kreading 20%', '\r\x1b[K']);
  });

  it('never writes when standard error is not a terminal', () => {
    const { stream, written } = terminal(false);
    let now = 0;
    const progress = new Progress(stream, () => now);
    now = 5000;
    progress.update('reading');
    progress.done();
    expect(written).toEqual([]);
  });
});

describe('readingText(file, bytes, total, records)', () => {
  it('says how far the read is', () => {
    expect(readingText('big.ndjson', 5e6, 20e6, 123456)).toBe('reading big.ndjson: 25% (5.0 MB of 20.0 MB), 123,456 records');
  });
});
