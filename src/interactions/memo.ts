/**
 * A small least-recently-used map, bounded both by count and by an estimate of the bytes it holds. Pure
 * replies (the same options always give the same answer) are kept here so that popular questions, `/topics`
 * and `/about` cost a lookup instead of a search and a render; the byte bound keeps a flood of large,
 * distinct requests from growing memory without limit.
 */
export class Lru<V> {
  private readonly map = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(
    private readonly max: number,
    private readonly maxBytes: number = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string): V | undefined {
    const slot = this.map.get(key);
    if (slot === undefined) return undefined;
    // Map keeps insertion order: re-inserting marks the key as the most recently used.
    this.map.delete(key);
    this.map.set(key, slot);
    return slot.value;
  }

  /** `bytes`: what the value costs to keep (the key is counted here). A value over 1/8 of the budget is not kept. */
  set(key: string, value: V, bytes = 0): void {
    if (this.max <= 0) return;
    const cost = bytes + key.length * 2;
    if (cost > this.maxBytes / 8) return;
    this.drop(key);
    this.map.set(key, { value, bytes: cost });
    this.total += cost;
    while (this.map.size > this.max || this.total > this.maxBytes) {
      this.drop(this.map.keys().next().value as string);
    }
  }

  get size(): number {
    return this.map.size;
  }

  /** The estimated bytes held, keys included. */
  get bytes(): number {
    return this.total;
  }

  private drop(key: string): void {
    const slot = this.map.get(key);
    if (slot === undefined) return;
    this.map.delete(key);
    this.total -= slot.bytes;
  }
}

/** Freezes a reply all the way down, so a shared, cached reply cannot be changed by whoever sends it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// A cached reply is a frozen object handed out again and again: its JSON is made once, and its size is known.
const serialized = new WeakMap<object, string>();

/** A reply's JSON; for a frozen (cached) reply, made once and remembered. */
export function replyJson(response: object): string {
  let body = serialized.get(response);
  if (body === undefined) {
    body = JSON.stringify(response);
    if (Object.isFrozen(response)) serialized.set(response, body);
  }
  return body;
}
