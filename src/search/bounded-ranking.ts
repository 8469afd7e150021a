// The first N items of a ranking, kept as they are offered in any order (a heap with the last kept item on top).

/** Keeps the `capacity` items that come first under `compare` (negative: a before b). */
export class BoundedRanking<T> {
  private readonly heap: T[] = [];

  constructor(private readonly capacity: number, private readonly compare: (a: T, b: T) => number) {}

  /** True once `capacity` items are kept: a newcomer must then beat {@link last}. */
  get isFull(): boolean {
    return this.heap.length >= this.capacity;
  }

  /** The kept item that ranks last, if any. */
  get last(): T | undefined {
    return this.heap[0];
  }

  /** Keeps `item` if it ranks before the last kept item, or while there is room. */
  offer(item: T): void {
    if (this.capacity <= 0) return;
    if (!this.isFull) {
      this.heap.push(item);
      this.siftUp(this.heap.length - 1);
    } else if (this.compare(item, this.heap[0]) < 0) {
      this.heap[0] = item;
      this.siftDown(0);
    }
  }

  /** The kept items, first first. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  /** True when `a` should sit above `b` in the heap (it ranks later). */
  private above(a: number, b: number): boolean {
    return this.compare(this.heap[a], this.heap[b]) > 0;
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b], this.heap[a]];
  }

  private siftUp(index: number): void {
    for (let i = index; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.above(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(index: number): void {
    for (let i = index; ;) {
      const left = 2 * i + 1, right = left + 1;
      let top = i;
      if (left < this.heap.length && this.above(left, top)) top = left;
      if (right < this.heap.length && this.above(right, top)) top = right;
      if (top === i) break;
      this.swap(i, top);
      i = top;
    }
  }
}
