/**
 * casualty-claims: reconcile competing death-toll claims into ranges,
 * confidence labels with reasons, and a change history.
 *
 * This barrel is the whole public API; nothing else is reachable.
 */
export * from './log/index.js';
export * from './count/index.js';
export * from './reconcile/index.js';
export * from './labels/index.js';
export * from './history/index.js';
export * from './describe/index.js';
export * from './output/index.js';
