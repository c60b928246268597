import type { Dataset } from '../log/Dataset.js';
import { type ClaimMark, type TimelineModel, type TimelineOptions, timelineModel } from './timeline/model.js';
import { formatNumber, formatTime, linearScale, numberTicks, timeTicks } from './timeline/scales.js';

/** Options of `timelineSvg`. */
export interface TimelineSvgOptions extends TimelineOptions {
  /** Width in pixels (default 760); the height follows from the legend. */
  width?: number | undefined;
  /** Prefix of the ids inside the SVG, so several charts can share one page (default `cc`). */
  idPrefix?: string | undefined;
}

/** Marker colours (Okabe and Ito's palette, safe for colour-blind readers); shapes tell sources apart in black and white. */
export const SOURCE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
/** Marker shapes, in order of the dataset's sources. */
export const SOURCE_SHAPES = ['circle', 'square', 'diamond', 'triangle-down', 'hexagon', 'star'] as const;

const PLOT_HEIGHT = 280;
const MARGIN = { left: 64, right: 28 };
const LABEL_LANES = 3;
const FONT = 'system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif';
const MAX_LABELLED_CLAIMS = 14;

/**
 * Draws the timeline of one scope as a self-contained SVG document (no
 * scripts, fonts or links): each source's claims as marks over time (a shape
 * per source; an arrow up for a claim open above, a bar for a bounded range;
 * hollow for a claim no longer counted), claims about parts of the scope
 * smaller and grey, silences on the baseline, the reconciled range as a grey
 * band, the best figure as a black step line, contested periods hatched, and
 * the label at each change. Readable in black and white. Pure; runs in
 * O(records + history entries).
 *
 * @throws {DatasetError} when a raw dataset is invalid.
 * @throws {OptionError} for an unknown scope or policy.
 * @example
 * timelineSvg(dataset, { scope: 'coast/all' }).startsWith('<svg'); // => true
 */
export function timelineSvg(dataset: Dataset | unknown, options: TimelineSvgOptions = {}): string {
  return renderSvg(timelineModel(dataset, options), options.width ?? 760, options.idPrefix ?? 'cc');
}

/** Renders a timeline model as SVG. */
export function renderSvg(model: TimelineModel, width: number, idPrefix: string): string {
  const id = (name: string) => `${idPrefix}-${name}`;
  const top = 80 + LABEL_LANES * 13;
  const bottom = top + PLOT_HEIGHT;
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const x = linearScale(model.start, model.end, left, right);
  const y = linearScale(0, model.yMax, bottom, top);
  const out: string[] = [];

  // Contested periods: hatched, behind everything.
  const contested = model.steps
    .filter((step) => step.label === 'contested')
    .map((step) => `<rect x="${n(x(step.start))}" y="${top}" width="${n(Math.max(1, x(step.end) - x(step.start)))}" height="${PLOT_HEIGHT}" fill="url(#${id('hatch')})" stroke="#555" stroke-width="0.5"><title>contested from ${esc(formatTime(step.start, model.timezone))}</title></rect>`);
  out.push(`<g class="contested">${contested.join('')}</g>`);

  // Grid and axes.
  const grid: string[] = [];
  for (const tick of numberTicks(model.yMax)) {
    grid.push(`<line x1="${left}" x2="${right}" y1="${n(y(tick))}" y2="${n(y(tick))}" stroke="#e4e4e4"/>`);
    grid.push(`<text x="${left - 6}" y="${n(y(tick) + 3.5)}" text-anchor="end" fill="#333">${formatNumber(tick)}</text>`);
  }
  for (const tick of timeTicks(model.start, model.end, model.timezone)) {
    grid.push(`<line x1="${n(x(tick.time))}" x2="${n(x(tick.time))}" y1="${bottom}" y2="${bottom + 4}" stroke="#333"/>`);
    grid.push(`<text x="${n(x(tick.time))}" y="${bottom + 16}" text-anchor="middle" fill="#333">${esc(tick.label)}</text>`);
  }
  grid.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`);
  grid.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${bottom}" stroke="#333"/>`);
  grid.push(`<text transform="translate(${left - 44} ${n((top + bottom) / 2)}) rotate(-90)" text-anchor="middle" fill="#333">deaths</text>`);
  out.push(`<g class="axes" font-size="10">${grid.join('')}</g>`);

  // The reconciled range: a band from low to high (to the top when open), its edges drawn.
  const band: string[] = [];
  let previousOpen = false;
  for (const step of model.steps) {
    if (step.label === 'no-figure' && step.high === null) {
      previousOpen = false;
      continue;
    }
    const x1 = x(step.start);
    const x2 = x(step.end);
    const yLow = y(step.low);
    const yHigh = step.high === null ? top : y(Math.min(step.high, model.yMax));
    band.push(`<rect x="${n(x1)}" y="${n(yHigh)}" width="${n(Math.max(1, x2 - x1))}" height="${n(Math.max(0.5, yLow - yHigh))}" fill="#bdbdbd" fill-opacity="0.55"><title>${esc(rangeText(step.low, step.high))} from ${esc(formatTime(step.start, model.timezone))}</title></rect>`);
    band.push(`<line x1="${n(x1)}" x2="${n(x2)}" y1="${n(yLow)}" y2="${n(yLow)}" stroke="#777" stroke-width="1"/>`);
    if (step.high !== null) band.push(`<line x1="${n(x1)}" x2="${n(x2)}" y1="${n(yHigh)}" y2="${n(yHigh)}" stroke="#777" stroke-width="1" stroke-dasharray="4 2"/>`);
    else if (!previousOpen) band.push(`<text x="${n(x1 + 4)}" y="${n(top + 11)}" font-size="9" fill="#555">open above</text>`);
    previousOpen = step.high === null;
  }
  out.push(`<g class="band">${band.join('')}</g>`);

  // The best figure: a black step line, broken where the policy gives none.
  const best: string[] = [];
  let path = '';
  let previousY: number | null = null;
  for (const step of model.steps) {
    if (step.best === null) {
      previousY = null;
      continue;
    }
    const yBest = y(step.best);
    path += previousY === null ? `M${n(x(step.start))} ${n(yBest)}` : `V${n(yBest)}`;
    path += `H${n(x(step.end))}`;
    previousY = yBest;
  }
  if (path !== '') best.push(`<path d="${path}" fill="none" stroke="#000" stroke-width="2"/>`);
  const lastStep = model.steps[model.steps.length - 1];
  if (lastStep !== undefined && lastStep.best !== null) {
    best.push(`<text x="${n(right - 2)}" y="${n(y(lastStep.best) - 5)}" text-anchor="end" font-weight="bold">best ${formatNumber(lastStep.best)}</text>`);
  }
  out.push(`<g class="best">${best.join('')}</g>`);

  // The label at each change of label, in lanes above the plot.
  const labels: string[] = [];
  const laneEnds: number[] = new Array<number>(LABEL_LANES).fill(Number.NEGATIVE_INFINITY);
  let previousLabel: string | null = null;
  for (const step of model.steps) {
    if (step.label === previousLabel) continue;
    previousLabel = step.label;
    const at = x(step.start);
    const textWidth = step.label.length * 6.2;
    let lane = laneEnds.findIndex((end) => end + 6 <= at);
    if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = at + textWidth;
    const yText = top - 6 - (LABEL_LANES - 1 - lane) * 13;
    labels.push(
      `<g class="step-label" data-label="${step.label}"><line x1="${n(at)}" x2="${n(at)}" y1="${n(yText + 2)}" y2="${bottom}" stroke="#000" stroke-width="0.6" stroke-dasharray="1 2"/>` +
        `<text x="${n(at + 2)}" y="${n(yText)}"${step.label === 'contested' ? ' font-weight="bold"' : ''}>${esc(step.label)}</text></g>`,
    );
  }
  out.push(`<g class="labels" font-size="10">${labels.join('')}</g>`);

  // Claims: marks, spread apart where several fall on the same moment; labels beside them, clear of other marks.
  const styleOf = new Map(model.sources.map((source) => [source.id, source.style]));
  const spread = spreadMarks(model.claims.map((mark) => x(mark.time)));
  const claimMarks: string[] = [];
  const placed: Box[] = [];
  model.claims.forEach((mark, i) => {
    const cx = spread.x[i]!;
    const cy = y(mark.figure);
    placed.push({ x: cx - 7, y: cy + 3.5, width: 14 });
    if (mark.max === null) placed.push({ x: cx - 5, y: cy - 12, width: 10 }, { x: cx - 5, y: cy - 22, width: 10 });
  });
  const labelled = model.claims.length <= MAX_LABELLED_CLAIMS;
  model.claims.forEach((mark, i) => {
    const cx = spread.x[i]!;
    const cy = y(mark.figure);
    const style = styleOf.get(mark.source) ?? 0;
    claimMarks.push(claimMark(mark, cx, cy, y, top, style, model.timezone));
    if (labelled) {
      const via = mark.relayedByNames.length > 0 ? ` via ${mark.relayedByNames.join(', ')}` : '';
      const text = `${mark.wording} (${mark.sourceName}${via}${mark.part ? `; ${mark.partName ?? ''}` : ''})`;
      const box = placeLabel(placed, spread.right[i]! + 9, spread.left[i]! - 9, cy - 3.5, text.length * 5.3, right);
      claimMarks.push(
        `<text class="claim-label" x="${n(box.anchorX)}" y="${n(box.y)}" font-size="9.5" text-anchor="${box.anchor}" fill="${mark.part ? '#555' : '#111'}" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(text)}</text>`,
      );
    }
  });
  out.push(`<g class="claims">${claimMarks.join('')}</g>`);

  // Silences: a lane under the time axis, a crossed-out hollow mark each.
  const silenceLane = bottom + 34;
  const silenceX = spreadMarks(model.silences.map((mark) => x(mark.time)), 15).x;
  const silenceMarks = model.silences.map((mark, i) => {
    const style = styleOf.get(mark.source) ?? 0;
    const cx = silenceX[i]!;
    const cy = silenceLane;
    return (
      `<g class="silence${mark.part ? ' part' : ''}" data-id="${esc(mark.id)}" data-source="${esc(mark.source)}"><title>${esc(`${mark.sourceName} gave no figure${mark.part ? ` (${mark.partName ?? ''})` : ''}, ${formatTime(mark.time, model.timezone)}`)}</title>` +
      `${shape(SOURCE_SHAPES[style % SOURCE_SHAPES.length]!, cx, cy, 4, '#fff', colour(style), 1.2)}<line x1="${n(cx - 5)}" x2="${n(cx + 5)}" y1="${n(cy + 5)}" y2="${n(cy - 5)}" stroke="${colour(style)}" stroke-width="1.2"/></g>`
    );
  });
  if (model.silences.length > 0) silenceMarks.unshift(`<text x="${left - 6}" y="${silenceLane + 3.5}" text-anchor="end" font-size="9.5" fill="#333">no figure</text>`);
  out.push(`<g class="silences">${silenceMarks.join('')}</g>`);

  // Legend: sources, then the key to the marks.
  const legend = legendItems(model, id);
  const legendTop = bottom + (model.silences.length > 0 ? 62 : 42);
  const legendOut: string[] = [];
  let lx = left;
  let ly = legendTop;
  for (const item of legend) {
    const itemWidth = 22 + item.text.length * 6 + 16;
    if (lx + itemWidth > right && lx > left) {
      lx = left;
      ly += 18;
    }
    legendOut.push(`<g transform="translate(${n(lx)} ${n(ly)})">${item.symbol}<text x="20" y="4">${esc(item.text)}</text></g>`);
    lx += itemWidth;
  }
  const height = ly + 20;
  out.push(`<g class="legend" font-size="10.5">${legendOut.join('')}</g>`);

  const subtitle = "Each source's claims over time; grey band: the reconciled range; black line: the best figure.";
  const settings = `Policy ${model.policyName}; as of ${model.asOf === null ? 'no record' : formatTime(Date.parse(model.asOf), model.timezone)}; times in ${model.timezone}.`;
  const summary = `${model.label}: ${rangeText(model.low, model.high)}${model.best === null ? '' : `, best ${formatNumber(model.best)}`}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}" role="img" aria-labelledby="${id('title')} ${id('desc')}" font-family="${FONT}" font-size="11">` +
    `<title id="${id('title')}">${esc(model.title)}</title>` +
    `<desc id="${id('desc')}">${esc(`${subtitle} ${settings} Now ${summary}.`)}</desc>` +
    `<defs><pattern id="${id('hatch')}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" stroke-width="1.4"/></pattern></defs>` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    `<text x="${left}" y="22" font-size="15" font-weight="bold">${esc(model.title)}</text>` +
    `<text x="${left}" y="40" font-size="10.5" fill="#444">${esc(subtitle)}</text>` +
    `<text x="${left}" y="54" font-size="10.5" fill="#444">${esc(settings)}</text>` +
    `<text x="${left}" y="72" font-size="11">Now: <tspan font-weight="bold">${esc(summary)}</tspan></text>` +
    out.join('') +
    '</svg>\n'
  );
}

/** A claim's mark: its shape at the figure, a bar over a bounded range, an arrow up when open above. */
function claimMark(mark: ClaimMark, cx: number, cy: number, y: (value: number) => number, top: number, style: number, timezone: string): string {
  const counted = mark.role === 'counted';
  const stroke = mark.part ? '#777' : colour(style);
  const fill = counted ? (mark.part ? '#bbb' : colour(style)) : '#fff';
  const size = mark.part ? 3.6 : mark.role === 'relay' ? 3.8 : 5;
  const parts: string[] = [];
  if (mark.max === null) {
    const yMin = y(mark.min);
    const yTip = Math.max(top + 2, yMin - 26);
    parts.push(`<line x1="${n(cx)}" x2="${n(cx)}" y1="${n(yMin)}" y2="${n(yTip)}" stroke="${stroke}" stroke-width="1.3"/>`);
    parts.push(`<path d="M${n(cx - 4)} ${n(yTip + 5)}L${n(cx)} ${n(yTip)}L${n(cx + 4)} ${n(yTip + 5)}" fill="none" stroke="${stroke}" stroke-width="1.3"/>`);
  } else if (mark.max !== mark.min) {
    const y1 = y(mark.min);
    const y2 = y(mark.max);
    parts.push(`<line x1="${n(cx)}" x2="${n(cx)}" y1="${n(y1)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="1.3"/>`);
    parts.push(`<line x1="${n(cx - 4)}" x2="${n(cx + 4)}" y1="${n(y1)}" y2="${n(y1)}" stroke="${stroke}" stroke-width="1.3"/>`);
    parts.push(`<line x1="${n(cx - 4)}" x2="${n(cx + 4)}" y1="${n(y2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="1.3"/>`);
  }
  parts.push(shape(SOURCE_SHAPES[style % SOURCE_SHAPES.length]!, cx, cy, size, fill, stroke, mark.role === 'excluded' ? 0.8 : 1.2, mark.role === 'counted' ? undefined : '2 1'));
  if (mark.role === 'retracted') parts.push(`<line x1="${n(cx - 7)}" x2="${n(cx + 7)}" y1="${n(cy + 7)}" y2="${n(cy - 7)}" stroke="#000" stroke-width="1.5"/>`);
  const relayed = mark.relayedByNames.length === 0 ? '' : `, relayed by ${mark.relayedByNames.join(', ')}`;
  const tip = `${mark.sourceName}: ${mark.wording}${mark.part ? ` (${mark.partName ?? ''})` : ''}, ${formatTime(mark.time, timezone)}${relayed}; ${mark.role}`;
  return `<g class="claim${mark.part ? ' part' : ''}" data-id="${esc(mark.id)}" data-source="${esc(mark.source)}" data-role="${mark.role}"><title>${esc(tip)}</title>${parts.join('')}</g>`;
}

/** A marker shape centred at (cx, cy). */
function shape(name: (typeof SOURCE_SHAPES)[number], cx: number, cy: number, r: number, fill: string, stroke: string, strokeWidth: number, dash?: string): string {
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash === undefined ? '' : ` stroke-dasharray="${dash}"`}`;
  const polygon = (points: [number, number][]) => `<path class="mark" d="M${points.map(([px, py]) => `${n(cx + px)} ${n(cy + py)}`).join('L')}Z" ${paint}/>`;
  switch (name) {
    case 'circle':
      return `<circle class="mark" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" ${paint}/>`;
    case 'square':
      return `<rect class="mark" x="${n(cx - r * 0.9)}" y="${n(cy - r * 0.9)}" width="${n(r * 1.8)}" height="${n(r * 1.8)}" ${paint}/>`;
    case 'diamond':
      return polygon([[0, -r * 1.25], [r * 1.25, 0], [0, r * 1.25], [-r * 1.25, 0]]);
    case 'triangle-down':
      return polygon([[-r * 1.15, -r * 0.8], [r * 1.15, -r * 0.8], [0, r * 1.2]]);
    case 'hexagon':
      return polygon(Array.from({ length: 6 }, (_, k) => [r * 1.1 * Math.cos((Math.PI / 3) * k), r * 1.1 * Math.sin((Math.PI / 3) * k)] as [number, number]));
    case 'star':
      return polygon(Array.from({ length: 10 }, (_, k) => {
        const radius = k % 2 === 0 ? r * 1.4 : r * 0.6;
        const angle = -Math.PI / 2 + (Math.PI / 5) * k;
        return [radius * Math.cos(angle), radius * Math.sin(angle)] as [number, number];
      }));
  }
}

function colour(style: number): string {
  return SOURCE_COLOURS[style % SOURCE_COLOURS.length]!;
}

/** Spreads marks that fall within a few pixels of each other sideways, keeping their order; gives each its group's left and right edge. */
function spreadMarks(xs: readonly number[], gap = 11): { x: number[]; left: number[]; right: number[] } {
  const x = [...xs];
  const left = [...xs];
  const right = [...xs];
  const groups = new Map<number, number[]>();
  xs.forEach((value, i) => {
    const key = Math.round(value / 6);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  });
  for (const group of groups.values()) {
    group.forEach((i, k) => {
      x[i] = xs[i]! + (k - (group.length - 1) / 2) * gap;
    });
    const lowest = Math.min(...group.map((i) => x[i]!));
    const highest = Math.max(...group.map((i) => x[i]!));
    for (const i of group) {
      left[i] = lowest;
      right[i] = highest;
    }
  }
  return { x, left, right };
}

interface Box {
  x: number;
  y: number;
  width: number;
}

/** Places a claim's label right of its group of marks (left of it near the edge), moving it down or up until it overlaps nothing placed. */
function placeLabel(placed: Box[], rightStart: number, leftEnd: number, y0: number, width: number, right: number): { anchorX: number; y: number; anchor: 'start' | 'end' } {
  const leftward = rightStart + width > right;
  const x = leftward ? leftEnd - width : rightStart;
  const overlaps = (yy: number) => placed.some((box) => Math.abs(box.y - yy) < 11 && box.x < x + width && x < box.x + box.width);
  let y = y0;
  for (let k = 1; k < 16 && overlaps(y); k++) y = y0 + (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 11;
  placed.push({ x, y, width });
  return { anchorX: leftward ? leftEnd : rightStart, y, anchor: leftward ? 'end' : 'start' };
}

interface LegendItem {
  symbol: string;
  text: string;
}

function legendItems(model: TimelineModel, id: (name: string) => string): LegendItem[] {
  const items: LegendItem[] = model.sources.map((source) => ({
    symbol: shape(SOURCE_SHAPES[source.style % SOURCE_SHAPES.length]!, 8, 0, 5, colour(source.style), colour(source.style), 1.2),
    text: source.name,
  }));
  items.push({ symbol: `<rect x="0" y="-6" width="16" height="12" fill="#bdbdbd" fill-opacity="0.55" stroke="#777"/>`, text: 'reconciled range' });
  items.push({ symbol: `<line x1="0" x2="16" y1="0" y2="0" stroke="#000" stroke-width="2"/>`, text: 'best figure' });
  if (model.steps.some((step) => step.label === 'contested')) {
    items.push({ symbol: `<rect x="0" y="-6" width="16" height="12" fill="url(#${id('hatch')})" stroke="#555" stroke-width="0.5"/>`, text: 'contested' });
  }
  if (model.claims.some((mark) => mark.max === null)) {
    items.push({ symbol: `<line x1="8" x2="8" y1="6" y2="-6" stroke="#000" stroke-width="1.3"/><path d="M4 -1L8 -6L12 -1" fill="none" stroke="#000" stroke-width="1.3"/>`, text: 'open above' });
  }
  if (model.claims.some((mark) => mark.max !== null && mark.max !== mark.min)) {
    items.push({ symbol: `<line x1="8" x2="8" y1="-6" y2="6" stroke="#000" stroke-width="1.3"/><line x1="4" x2="12" y1="-6" y2="-6" stroke="#000"/><line x1="4" x2="12" y1="6" y2="6" stroke="#000"/>`, text: 'range as worded' });
  }
  if (model.claims.some((mark) => mark.role !== 'counted')) {
    items.push({ symbol: shape('circle', 8, 0, 5, '#fff', '#000', 1.2, '2 1'), text: 'not counted (replaced, relayed, excluded)' });
  }
  if (model.claims.some((mark) => mark.role === 'retracted')) {
    items.push({ symbol: `${shape('circle', 8, 0, 5, '#fff', '#000', 1.2, '2 1')}<line x1="1" x2="15" y1="7" y2="-7" stroke="#000" stroke-width="1.5"/>`, text: 'retracted' });
  }
  if (model.claims.some((mark) => mark.part)) {
    items.push({ symbol: shape('circle', 8, 0, 3.6, '#bbb', '#777', 1.2), text: 'about a part of this scope' });
  }
  if (model.silences.length > 0) {
    items.push({ symbol: `${shape('circle', 8, 0, 4, '#fff', '#000', 1.2)}<line x1="3" x2="13" y1="5" y2="-5" stroke="#000" stroke-width="1.2"/>`, text: 'gave no figure' });
  }
  return items;
}

function rangeText(low: number, high: number | null): string {
  if (high === null) return `${formatNumber(low)} or more`;
  return low === high ? formatNumber(low) : `${formatNumber(low)} to ${formatNumber(high)}`;
}

/** A coordinate with at most one decimal. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Escapes text for XML content and attributes, dropping the characters XML 1.0 cannot hold. */
function esc(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}
