export { toRows, ESTIMATE_COLUMNS, HISTORY_COLUMNS, LIST_SEPARATOR, type Cell, type EstimateRow, type HistoryRow } from './toRows.js';
export { toCsv, csvChunks, type CsvOptions } from './toCsv.js';
export { jsonChunks } from './jsonChunks.js';
export { toMarkdown, type MarkdownOptions } from './toMarkdown.js';
export { toTable, type TableOptions } from './toTable.js';
export { timelineSvg, SOURCE_COLOURS, SOURCE_SHAPES, type TimelineSvgOptions } from './timelineSvg.js';
export { timelineVegaLite, type TimelineVegaLiteOptions, type VegaLiteSpec } from './timelineVegaLite.js';
export type { TimelineOptions } from './timeline/model.js';
