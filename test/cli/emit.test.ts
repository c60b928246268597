import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/CliError.js';
import { emit } from '../../src/cli/emit.js';
import type { Io } from '../../src/cli/io.js';
import { scratch } from './program.js';

/** A stdout whose buffer is full after every write until it drains, as a slow pipe's is. */
class SlowPipe extends EventEmitter {
  written: string[] = [];
  waiting = false;
  write(text: string): boolean {
    if (this.waiting) throw new Error('written to while full: emit did not wait for drain');
    this.written.push(text);
    this.waiting = true;
    setImmediate(() => {
      this.waiting = false;
      this.emit('drain');
    });
    return false;
  }
}

function ioWith(stdout: Io['stdout']): Io {
  return { stdout, stderr: { write: () => true } };
}

function* pieces(count: number, size: number) {
  for (let i = 0; i < count; i++) yield String(i % 10).repeat(size);
}

describe('emit(io, output, file)', () => {
  it('writes a text to standard output as it is', async () => {
    const written: string[] = [];
    await emit(ioWith({ write: (text) => written.push(text) }), 'one line\n', undefined);
    expect(written).toEqual(['one line\n']);
  });

  it('gathers small pieces into few writes, in order, and waits for a full pipe to drain', async () => {
    const pipe = new SlowPipe();
    await emit(ioWith(pipe), pieces(1000, 300), '-');
    const text = pipe.written.join('');
    expect(text).toBe([...pieces(1000, 300)].join(''));
    expect(pipe.written.length).toBeGreaterThan(1);
    expect(pipe.written.length).toBeLessThan(10);
    expect(pipe.waiting).toBe(false);
  });

  it('writes pieces to a file, joined', async () => {
    const file = join(scratch(), 'out.json');
    await emit(ioWith({ write: () => true }), pieces(50, 5000), file);
    expect(readFileSync(file, 'utf8')).toBe([...pieces(50, 5000)].join(''));
  });

  it('says why a file cannot be written', async () => {
    const file = join(scratch(), 'missing-folder', 'out.json');
    await expect(emit(ioWith({ write: () => true }), 'x', file)).rejects.toThrow(CliError);
    await expect(emit(ioWith({ write: () => true }), 'x', file)).rejects.toThrow(`${file}: cannot write: its folder does not exist`);
  });
});

describe('emit when making the output fails', () => {
  it('lets the error through as it is, not as a file problem', async () => {
    function* failing() {
      yield 'start\n';
      throw new RangeError('made-up failure');
    }
    const file = join(scratch(), 'out.txt');
    await expect(emit(ioWith({ write: () => true }), failing(), file)).rejects.toThrow(RangeError);
  });
});
