/**
 * A queue of scope numbers that pops the smallest (or the largest) first and
 * holds each number once: the order in which dirty scopes are recomputed.
 */
export class ScopeQueue {
  private readonly items: number[] = [];
  private readonly queued: Uint8Array;
  private sign: number;

  constructor(size: number, order: 'ascending' | 'descending') {
    this.queued = new Uint8Array(size);
    this.sign = order === 'ascending' ? 1 : -1;
  }

  /** Turns the queue's order around; it must be empty. Lets one queue serve every pass. */
  reorder(order: 'ascending' | 'descending'): this {
    this.sign = order === 'ascending' ? 1 : -1;
    return this;
  }

  get size(): number {
    return this.items.length;
  }

  push(scope: number): void {
    if (scope < 0 || this.queued[scope]) return;
    this.queued[scope] = 1;
    const items = this.items;
    items.push(scope);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.sign * (items[parent]! - items[i]!) <= 0) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && this.sign * (items[left]! - items[best]!) < 0) best = left;
        if (right < items.length && this.sign * (items[right]! - items[best]!) < 0) best = right;
        if (best === i) break;
        [items[best], items[i]] = [items[i]!, items[best]!];
        i = best;
      }
    }
    this.queued[top] = 0;
    return top;
  }
}
