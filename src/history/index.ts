export { history, type HistoryOptions } from './history.js';
export { CHANGE_KINDS, changeKind, type ChangeEvent } from './changeKind.js';
