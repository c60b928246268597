import type { Dataset } from '../log/Dataset.js';
import { type TimelineOptions, timelineModel } from './timeline/model.js';
import { SOURCE_COLOURS } from './timelineSvg.js';

/** A Vega-Lite v5 specification, as a plain JSON object. */
export type VegaLiteSpec = Record<string, unknown>;

/** Options of `timelineVegaLite`. */
export interface TimelineVegaLiteOptions extends TimelineOptions {
  /** Plot width and height in pixels (default 640 × 300). */
  width?: number | undefined;
  height?: number | undefined;
}

/** Vega's symbol shapes in the order of `SOURCE_SHAPES` (a hexagon and a star as paths). */
const VEGA_SHAPES = [
  'circle',
  'square',
  'diamond',
  'triangle-down',
  'M1,0L0.5,0.866L-0.5,0.866L-1,0L-0.5,-0.866L0.5,-0.866Z',
  'M0,-1L0.22,-0.31L0.95,-0.31L0.36,0.12L0.59,0.81L0,0.38L-0.59,0.81L-0.36,0.12L-0.95,-0.31L-0.22,-0.31Z',
];

/**
 * The timeline of `timelineSvg` as a Vega-Lite v5 specification with its data
 * inline, for notebooks (`vl.spec(...)`, Altair's `alt.Chart.from_dict`,
 * Observable's `vl.render`): contested periods shaded, the reconciled range as
 * a band, the best figure as a line, each source's claims as points (a shape
 * per source, hollow when no longer counted; a dashed rule up for a claim open
 * above), silences on the baseline, the label at each change. Times are ISO
 * strings drawn on a UTC scale. Pure; runs in O(records + history entries).
 *
 * @throws {DatasetError} when a raw dataset is invalid.
 * @throws {OptionError} for an unknown scope or policy.
 * @example
 * timelineVegaLite(dataset, { scope: 'coast' }).$schema; // => 'https://vega.github.io/schema/vega-lite/v5.json'
 */
export function timelineVegaLite(dataset: Dataset | unknown, options: TimelineVegaLiteOptions = {}): VegaLiteSpec {
  const model = timelineModel(dataset, options);
  const iso = (time: number) => new Date(time).toISOString();
  const top = model.yMax;
  const sourceNames = model.sources.map((source) => source.name);
  // The time scale's domain is given once, in the claims layer (no x2 there); the other layers share it.
  const xWithDomain = { field: 'start', type: 'temporal', title: null, scale: { type: 'utc', domain: [model.start, model.end] }, axis: { format: '%d %b %H:%M' } };
  const x = { field: 'start', type: 'temporal', title: null };
  const y = { type: 'quantitative', title: 'deaths', scale: { domain: [0, top], nice: false } };

  const steps = model.steps.map((step) => ({
    start: iso(step.start),
    end: iso(step.end),
    low: step.low,
    high: step.high,
    top: step.high ?? top,
    best: step.best,
    label: step.label,
    record: step.record,
    range: step.high === null ? `${step.low} or more` : step.low === step.high ? String(step.low) : `${step.low} to ${step.high}`,
  }));
  const labelChanges = steps.filter((step, i) => i === 0 || steps[i - 1]!.label !== step.label);
  const claims = model.claims.map((mark) => ({
    id: mark.id,
    start: iso(mark.time),
    source: mark.sourceName,
    wording: mark.wording,
    role: mark.role,
    part: mark.part ? (mark.partName ?? '') : null,
    min: mark.min,
    max: mark.max,
    top: mark.max ?? top,
    open: mark.max === null,
    figure: mark.figure,
  }));
  const silences = model.silences.map((mark) => ({ id: mark.id, start: iso(mark.time), source: mark.sourceName, zero: 0 }));
  const sourceScale = { domain: sourceNames, range: model.sources.map((source) => SOURCE_COLOURS[source.style % SOURCE_COLOURS.length]!) };
  const shapeScale = { domain: sourceNames, range: model.sources.map((source) => VEGA_SHAPES[source.style % VEGA_SHAPES.length]!) };

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: `${model.title}: each source's claims over time, the reconciled range (band), the best figure (line), contested periods shaded. Policy ${model.policyName}.`,
    title: { text: model.title, subtitle: `Policy ${model.policyName}; now ${model.label}. Times in UTC.` },
    width: options.width ?? 640,
    height: options.height ?? 300,
    layer: [
      {
        data: { values: steps.filter((step) => step.label === 'contested') },
        mark: { type: 'rect', fill: '#999999', opacity: 0.3, stroke: '#555555', strokeDash: [2, 2] },
        encoding: { x, x2: { field: 'end' }, tooltip: [{ field: 'label', title: 'label' }] },
      },
      {
        data: { values: steps.filter((step) => !(step.label === 'no-figure' && step.high === null)) },
        mark: { type: 'rect', fill: '#bdbdbd', opacity: 0.55 },
        encoding: {
          x,
          x2: { field: 'end' },
          y: { ...y, field: 'low' },
          y2: { field: 'top' },
          tooltip: [
            { field: 'range', title: 'range' },
            { field: 'best', title: 'best', type: 'quantitative' },
            { field: 'label', title: 'label' },
            { field: 'start', title: 'from', type: 'temporal', format: '%Y-%m-%d %H:%M UTC' },
          ],
        },
      },
      {
        data: { values: steps.filter((step) => step.best !== null) },
        mark: { type: 'rule', stroke: '#000000', strokeWidth: 2 },
        encoding: { x, x2: { field: 'end' }, y: { ...y, field: 'best' } },
      },
      {
        data: { values: claims.filter((claim) => claim.open || claim.max !== claim.min) },
        mark: { type: 'rule', strokeWidth: 1.3 },
        encoding: {
          x: { ...x },
          y: { ...y, field: 'min' },
          y2: { field: 'top' },
          color: { field: 'source', type: 'nominal', scale: sourceScale, title: 'source' },
          strokeDash: { field: 'open', type: 'nominal', scale: { domain: [true, false], range: [[4, 2], [1, 0]] }, legend: null },
        },
      },
      {
        data: { values: claims },
        mark: { type: 'point', filled: true, strokeWidth: 1.3 },
        encoding: {
          x: xWithDomain,
          y: { ...y, field: 'figure' },
          shape: { field: 'source', type: 'nominal', scale: shapeScale, title: 'source', legend: { labelLimit: 280 } },
          color: { field: 'source', type: 'nominal', scale: sourceScale, title: 'source', legend: { labelLimit: 280 } },
          fillOpacity: { condition: { test: "datum.role === 'counted'", value: 1 }, value: 0 },
          size: { condition: { test: 'datum.part !== null', value: 30 }, value: 70 },
          opacity: { condition: { test: 'datum.part !== null', value: 0.5 }, value: 1 },
          tooltip: [
            { field: 'source', title: 'source' },
            { field: 'wording', title: 'wording' },
            { field: 'role', title: 'role' },
            { field: 'part', title: 'about part' },
            { field: 'start', title: 'at', type: 'temporal', format: '%Y-%m-%d %H:%M UTC' },
          ],
        },
      },
      {
        data: { values: silences },
        mark: { type: 'point', filled: false, strokeWidth: 1.2 },
        encoding: {
          x: { ...x },
          y: { ...y, field: 'zero' },
          shape: { field: 'source', type: 'nominal', scale: shapeScale, title: 'source' },
          color: { field: 'source', type: 'nominal', scale: sourceScale, title: 'source' },
          tooltip: [{ field: 'source', title: 'gave no figure' }],
        },
      },
      {
        data: { values: labelChanges },
        mark: { type: 'text', align: 'left', baseline: 'top', dx: 3, dy: 3, fontSize: 10 },
        encoding: { x, y: { value: 0 }, text: { field: 'label' } },
      },
    ],
    resolve: { scale: { x: 'shared', y: 'shared' } },
  };
}
