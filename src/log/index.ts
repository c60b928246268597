export { DatasetSchema, DATASET_DESCRIPTION, type DatasetInput } from './schema/dataset.js';
export {
  ClaimSchema,
  CountRangeSchema,
  CountSchema,
  LogRecordSchema,
  SilenceSchema,
  StatusChangeSchema,
  type Claim,
  type ClaimStatus,
  type CountInput,
  type LogRecord,
  type Silence,
  type StatusChange,
} from './schema/records.js';
export { SourceSchema, SOURCE_TYPES, RELIABILITY_GRADES, type Source, type SourceType, type ReliabilityGrade } from './schema/source.js';
export { TreeNodeSchema, type TreeNode } from './schema/tree.js';
export { ScopeSchema, ClaimScopeSchema, type Scope, type ClaimScope } from './schema/scope.js';
export { IdSchema, TimeSchema, LangSchema, LocalNamesSchema } from './schema/primitives.js';
export { parseDataset, safeParseDataset, isParsedDataset, type SafeParseDatasetResult } from './parseDataset.js';
export { DatasetError, type DatasetIssue } from './DatasetError.js';
export type { Dataset, DatasetIndex, CountReading } from './Dataset.js';
export type { TreeIndex } from './indexTree.js';
export { datasetJsonSchema } from './datasetJsonSchema.js';
