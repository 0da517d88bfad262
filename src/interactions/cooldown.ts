/**
 * A per-user limit of `uses` requests in any `windowMs`: a sliding window over recent timestamps. Memory
 * stays bounded: users whose last use is older than the window are forgotten on the next sweep.
 */
export interface CooldownOptions {
  uses: number;
  windowMs: number;
  now: () => number;
}

export interface CooldownVerdict {
  ok: boolean;
  /** When refused: how long until the next request would be accepted. */
  retryAfterMs: number;
}

export class Cooldown {
  private readonly recent = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(private readonly options: CooldownOptions) {}

  take(userId: string): CooldownVerdict {
    const { uses, windowMs, now } = this.options;
    if (uses <= 0 || windowMs <= 0) return { ok: true, retryAfterMs: 0 };
    const t = now();
    this.sweep(t);
    const list = (this.recent.get(userId) ?? []).filter((at) => t - at < windowMs);
    if (list.length >= uses) {
      this.recent.set(userId, list);
      return { ok: false, retryAfterMs: windowMs - (t - list[0]!) };
    }
    list.push(t);
    this.recent.set(userId, list);
    return { ok: true, retryAfterMs: 0 };
  }

  get trackedUsers(): number {
    return this.recent.size;
  }

  private sweep(t: number): void {
    if (t - this.lastSweep < this.options.windowMs) return;
    this.lastSweep = t;
    for (const [user, list] of this.recent) {
      if (list.every((at) => t - at >= this.options.windowMs)) this.recent.delete(user);
    }
  }
}
