import type { ReliabilityGrade } from '../log/schema/source.js';
import { OptionError } from './OptionError.js';
import type { PolicyName, PolicyOption } from './types.js';

/** A policy resolved from its option: how low, best and high are read. */
export interface Policy {
  name: PolicyName;
  /** Claims of sources ranked below this (0 = A ... 5 = F) are excluded; 5 keeps everything. */
  minReliabilityRank: number;
  minReliability: ReliabilityGrade | null;
  /** Bare figures are floors and bounds flow between scopes (default, conservative). */
  floorsAndPropagation: boolean;
}

const POLICY_NAMES: readonly PolicyName[] = ['default', 'conservative', 'ucdp', 'ibc'];
const GRADES: readonly ReliabilityGrade[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** The rank of an Admiralty grade, 0 for A to 5 for F; an ungraded source ranks as F. */
export function reliabilityRank(grade: ReliabilityGrade | undefined): number {
  return grade === undefined ? 5 : GRADES.indexOf(grade);
}

/**
 * Reads the `policy` option: a name, or `{name, minReliability}`.
 *
 * @throws {OptionError} for an unknown name or grade.
 * @example
 * resolvePolicy({ name: 'ibc', minReliability: 'C' }).minReliabilityRank; // => 2
 */
export function resolvePolicy(option: PolicyOption | undefined): Policy {
  const { name, minReliability } = typeof option === 'object' && option !== null ? option : { name: option ?? 'default', minReliability: undefined };
  if (!POLICY_NAMES.includes(name)) {
    throw new OptionError(`policy ${JSON.stringify(name)} is not one of ${POLICY_NAMES.join(', ')}`);
  }
  if (minReliability !== undefined && !GRADES.includes(minReliability)) {
    throw new OptionError(`minReliability ${JSON.stringify(minReliability)} is not an Admiralty grade A to F`);
  }
  return {
    name,
    minReliability: minReliability ?? null,
    minReliabilityRank: minReliability === undefined ? 5 : reliabilityRank(minReliability),
    floorsAndPropagation: name === 'default' || name === 'conservative',
  };
}
