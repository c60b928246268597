export { REASON_CODES } from './reasonCodes.js';
export { weakestLabel } from './strength.js';
export { supportsLow } from './supportsLow.js';
