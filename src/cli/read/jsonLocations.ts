type Path = readonly (string | number)[];

/** A key for a path: numbers and strings never collide. */
export function pathKey(path: Path): string {
  return path.map((part) => (typeof part === 'number' ? `#${part}` : `.${part}`)).join('');
}

/**
 * Finds the line on which the value at each path (and each of its prefixes)
 * starts in a JSON text, in one pass without building the values, so a
 * problem found by validation can be shown at its line. The text is assumed
 * to be valid JSON (it was parsed before); an unexpected character ends the
 * scan. Returns a map from `pathKey(prefix)` to the 1-based line.
 *
 * @example
 * locateJsonPaths('{\n"records": [\n{"id": "a"},\n{"id": "b"}]}', [['records', 1, 'id']]).get(pathKey(['records', 1])); // => 4
 */
export function locateJsonPaths(text: string, paths: readonly Path[]): Map<string, number> {
  const wanted = new Set<string>();
  let maxDepth = 0;
  for (const path of paths) {
    for (let length = 0; length <= path.length; length++) wanted.add(pathKey(path.slice(0, length)));
    maxDepth = Math.max(maxDepth, path.length);
  }
  const found = new Map<string, number>();
  const path: (string | number)[] = [];
  const kinds: ('object' | 'array')[] = [];
  let expect: 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'after' = 'value';
  let line = 1;
  let i = 0;
  const n = text.length;

  const skipString = () => {
    // text[i] is the opening quote; leaves i on the closing quote.
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) return;
      else if (c === 10) line++;
    }
  };

  for (; i < n && found.size < wanted.size; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    switch (expect) {
      case 'value-or-end':
        if (c === 93 /* ] */) {
          kinds.pop();
          path.pop();
          expect = 'after';
        } else {
          // The first element of an array: read it as a value.
          expect = 'value';
          i--;
        }
        continue;
      case 'value': {
        if (path.length <= maxDepth) {
          const key = pathKey(path);
          if (wanted.has(key) && !found.has(key)) found.set(key, line);
        }
        if (c === 123 /* { */) {
          kinds.push('object');
          path.push('');
          expect = 'key-or-end';
        } else if (c === 91 /* [ */) {
          kinds.push('array');
          path.push(0);
          expect = 'value-or-end';
        } else if (c === 34) {
          skipString();
          expect = 'after';
        } else {
          while (i + 1 < n && !/[\s,\]}]/.test(text[i + 1]!)) i++;
          expect = 'after';
        }
        continue;
      }
      case 'key-or-end':
      case 'key':
        if (c === 125 /* } */ && expect === 'key-or-end') {
          kinds.pop();
          path.pop();
          expect = 'after';
        } else if (c === 34) {
          const start = i;
          skipString();
          path[path.length - 1] = JSON.parse(text.slice(start, i + 1)) as string;
          expect = 'colon';
        } else return found;
        continue;
      case 'colon':
        if (c !== 58 /* : */) return found;
        expect = 'value';
        continue;
      case 'after':
        if (c === 44 /* , */) {
          if (kinds[kinds.length - 1] === 'array') {
            path[path.length - 1] = (path[path.length - 1] as number) + 1;
            expect = 'value';
          } else expect = 'key';
        } else if (c === 93 || c === 125) {
          kinds.pop();
          path.pop();
        } else return found;
        continue;
    }
  }
  return found;
}

/** The line of the deepest prefix of `path` that was found, or undefined. */
export function lineOf(found: ReadonlyMap<string, number>, path: Path): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const line = found.get(pathKey(path.slice(0, length)));
    if (line !== undefined) return line;
  }
  return undefined;
}

/** The 1-based line and column of a string index. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/**
 * Parses JSON, turning a syntax error into `FILE:LINE:COLUMN: broken JSON: what`.
 * Returns the value, or the message.
 */
export function parseJsonText(text: string, file: string): { value: unknown } | { message: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { message: brokenJsonMessage(text, file, error, 0) };
  }
}

/**
 * The message for a JSON syntax error: `FILE:LINE:COLUMN: broken JSON: what`.
 * The place comes from a strict scan of the text (V8's messages do not always
 * give one); `firstLine` is the line the text starts on (for one line of an
 * NDJSON file), 0 for a whole file.
 */
export function brokenJsonMessage(text: string, file: string, error: unknown, firstLine: number): string {
  const found = findJsonError(text);
  const what = found?.what ?? (error instanceof Error ? error.message : String(error));
  const index = found?.index ?? text.length;
  const { line, column } = lineAndColumn(text, index);
  return `${file}:${firstLine > 0 ? firstLine + line - 1 : line}:${column}: broken JSON: ${what}`;
}

/**
 * Scans a JSON text strictly and returns where the first error is and what it
 * is, or null when the text is valid JSON. Iterative, so deep nesting cannot
 * overflow the stack; runs in O(length).
 *
 * @example
 * findJsonError('{"a": 1,}'); // => { index: 8, what: "expected a property name in double quotes, found '}'" }
 */
export function findJsonError(text: string): { index: number; what: string } | null {
  const n = text.length;
  const stack: ('object' | 'array')[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const found = (what: string) => (i >= n ? `${what}, found the end of the text` : `${what}, found ${describeChar(text[i]!)}`);
  // After a value: a comma, the container's end, or (at the top) the end of the text.
  const afterValue = (): { index: number; what: string } | null | 'next-value' | 'next-key' | 'done' => {
    for (;;) {
      skipSpace();
      const kind = stack[stack.length - 1];
      if (kind === undefined) return i >= n ? 'done' : { index: i, what: found('expected the end of the text after the value') };
      if (text[i] === ',') {
        i++;
        return kind === 'array' ? 'next-value' : 'next-key';
      }
      if ((kind === 'array' && text[i] === ']') || (kind === 'object' && text[i] === '}')) {
        i++;
        stack.pop();
        continue;
      }
      return { index: i, what: found(kind === 'array' ? "expected ',' or ']' after an array element" : "expected ',' or '}' after a property value") };
    }
  };
  const readString = (): { index: number; what: string } | null => {
    // text[i] is the opening quote.
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 32) return { index: i, what: 'a control character (such as a line break) inside a string' };
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { index: i, what: 'a \\u escape needs four hexadecimal digits' };
          i += 5;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
        else return { index: i, what: `an unknown escape \\${next ?? ''} in a string` };
      }
    }
    return { index: n, what: 'a string is not closed' };
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  let expect: 'value' | 'key' | 'value-or-end' | 'key-or-end' = 'value';
  for (;;) {
    skipSpace();
    if (expect === 'key' || expect === 'key-or-end') {
      if (expect === 'key-or-end' && text[i] === '}') {
        i++;
        stack.pop();
      } else {
        if (text[i] !== '"') return { index: i, what: found('expected a property name in double quotes') };
        const problem = readString();
        if (problem !== null) return problem;
        skipSpace();
        if (text[i] !== ':') return { index: i, what: found("expected ':' after a property name") };
        i++;
        expect = 'value';
        continue;
      }
    } else if (expect === 'value-or-end' && text[i] === ']') {
      i++;
      stack.pop();
    } else {
      const c = text[i];
      if (c === '{') {
        i++;
        stack.push('object');
        expect = 'key-or-end';
        continue;
      }
      if (c === '[') {
        i++;
        stack.push('array');
        expect = 'value-or-end';
        continue;
      }
      if (c === '"') {
        const problem = readString();
        if (problem !== null) return problem;
      } else if (c !== undefined && (c === '-' || (c >= '0' && c <= '9'))) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (match === null) return { index: i, what: 'a malformed number' };
        i += match[0].length;
      } else {
        const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, i));
        if (word === undefined) return { index: i, what: found('expected a value') };
        i += word.length;
      }
    }
    const next = afterValue();
    if (next === 'done') return null;
    if (next === 'next-value') expect = 'value';
    else if (next === 'next-key') expect = 'key';
    else return next;
  }
}

function describeChar(c: string): string {
  if (c === '\n') return 'a line break';
  if (c === "'") return 'a single quote (JSON needs double quotes)';
  return `'${c}'`;
}
