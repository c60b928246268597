/** Thrown when an option of `reconcile`, `history` or `describe` is not one they know. */
export class OptionError extends TypeError {
  override readonly name = 'OptionError';
}
