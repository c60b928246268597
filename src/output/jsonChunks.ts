/**
 * Writes an array as `JSON.stringify(values, null, 2)` followed by a newline
 * does, one element at a time: the pieces joined are byte for byte that text.
 * A million estimates can then go to a file or a pipe without ever being one
 * string (V8 caps a string near 512 MB, and the copy would double the memory).
 *
 * @example
 * [...jsonChunks([{ low: 131 }, { low: 30 }])].join('');
 * // => '[\n  {\n    "low": 131\n  },\n  {\n    "low": 30\n  }\n]\n'
 */
export function* jsonChunks(values: Iterable<unknown>): Generator<string, void, undefined> {
  let first = true;
  for (const value of values) {
    // JSON.stringify escapes every newline inside strings, so each raw newline
    // is structure and takes the array's extra level of indentation.
    const element = `  ${(JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', '\n  ')}`;
    yield first ? `[\n${element}` : `,\n${element}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}
