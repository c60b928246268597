import { formatPath } from './DatasetError.js';

type Labelled = { type?: unknown; id?: unknown } | null | undefined;

/**
 * Names where a problem is, for a person: `records[3] (claim c4)`, then the
 * field within it: `scope.place`. `input` is the raw dataset, read only.
 */
export function describeLocation(input: unknown, path: readonly (string | number)[]): { where: string; field: string; id?: string } {
  const [list, position] = path;
  if ((list === 'records' || list === 'sources') && typeof position === 'number') {
    const entry = readEntry(input, list, position);
    const id = typeof entry?.id === 'string' ? entry.id : undefined;
    const kind = list === 'records' ? (typeof entry?.type === 'string' ? entry.type : 'record') : 'source';
    const label = id === undefined ? kind : `${kind} ${id}`;
    return { where: `${list}[${position}] (${label})`, field: formatPath(path.slice(2)), ...(id === undefined ? {} : { id }) };
  }
  if ((list === 'places' || list === 'categories') && path.length > 1) {
    // A tree node: name the node by its path, then the field within it.
    const last = path.length - 1;
    const node = typeof path[last] === 'string' ? path.slice(0, last) : path;
    return { where: formatPath(node), field: formatPath(path.slice(node.length)) };
  }
  return { where: 'dataset', field: formatPath(path) };
}

function readEntry(input: unknown, list: string, position: number): Labelled {
  if (typeof input !== 'object' || input === null) return undefined;
  const entries = (input as Record<string, unknown>)[list];
  if (!Array.isArray(entries)) return undefined;
  const entry: unknown = entries[position];
  return typeof entry === 'object' && entry !== null ? (entry as Labelled) : undefined;
}
