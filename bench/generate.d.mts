// Types for bench/generate.mjs (plain ESM, no build step), so tests import it typed.

/** A dataset as SPEC.md shapes it, ready for JSON. */
export interface GeneratedDataset {
  title: string;
  description: string;
  timezone: string;
  sources: { id: string; name: string; type: string; group?: string; alignment?: string; reliability?: string }[];
  places: GeneratedNode;
  categories: GeneratedNode;
  records: Record<string, unknown>[];
}

export interface GeneratedNode {
  id: string;
  name?: string;
  children?: GeneratedNode[];
}

export const TIMEZONE: string;
export const CACHE_DIR: string;
export const GENERATOR_VERSION: number;
export function mulberry32(seed: number): () => number;
export function generateDataset(options: { records: number; seed: number }): GeneratedDataset;
export function writeDataset(path: string, options: { records: number; seed: number; format?: 'json' | 'ndjson' }): Promise<string>;
export function cachedDataset(options: { records: number; seed: number; format?: 'json' | 'ndjson' }): Promise<string>;
