import { type Kysely, sql } from "kysely";
import { Cooldown } from "../interactions/cooldown.ts";
import type { Logger } from "../log.ts";
import type { Tables } from "./schema.ts";
import type { CooldownVerdict, SharedCooldown } from "./types.ts";

export interface PgCooldownOptions {
  db: Kysely<Tables>;
  hashUser: (userId: string) => string;
  log: Logger;
  now: () => number;
  uses: number;
  windowMs: number;
  /** Longest wait for the database before this instance decides alone (default 250 ms). */
  timeoutMs?: number;
  /** After a failure, how long to decide alone before asking the database again (default 5 s). */
  pauseMs?: number;
}

/**
 * The per-user cooldown shared by every instance on one PostgreSQL: the same sliding window as the
 * in-memory one (src/interactions/cooldown.ts), kept as an array of recent use times per hashed user and
 * checked and updated in ONE atomic statement, so two instances can never both let a user's sixth use
 * through. If the database is slow or down, this instance falls back to its own in-memory cooldown (one
 * error log per outage) and asks the database again a few seconds later: a cooldown must never hold an
 * answer up.
 */
export function createPgCooldown(options: PgCooldownOptions): SharedCooldown {
  const { db, hashUser, log, now, uses, windowMs } = options;
  const timeoutMs = options.timeoutMs ?? 250;
  const pauseMs = options.pauseMs ?? 5000;
  const local = new Cooldown({ uses, windowMs, now });
  let downUntil = 0;
  let down = false;

  async function shared(userId: string): Promise<CooldownVerdict> {
    const t = now();
    const since = t - windowMs;
    const { rows } = await sql<{ refused: boolean; oldest: number | null }>`
      INSERT INTO cooldowns AS c (user_hash, hits, refused, last_at)
      VALUES (${hashUser(userId)}, ARRAY[${t}::bigint], false, ${t})
      ON CONFLICT (user_hash) DO UPDATE SET
        hits = CASE
          WHEN (SELECT count(*) FROM unnest(c.hits) h WHERE h > ${since}) >= ${uses}
          THEN ARRAY(SELECT h FROM unnest(c.hits) h WHERE h > ${since} ORDER BY h)
          ELSE ARRAY(SELECT h FROM unnest(c.hits) h WHERE h > ${since} ORDER BY h) || ${t}::bigint
        END,
        refused = (SELECT count(*) FROM unnest(c.hits) h WHERE h > ${since}) >= ${uses},
        last_at = ${t}
      RETURNING refused, hits[1] AS oldest`.execute(db);
    const row = rows[0];
    if (!row?.refused) return { ok: true, retryAfterMs: 0 };
    return { ok: false, retryAfterMs: Math.max(1, Number(row.oldest ?? t) + windowMs - t) };
  }

  return {
    async take(userId) {
      if (uses <= 0 || windowMs <= 0) return { ok: true, retryAfterMs: 0 };
      if (now() < downUntil) return local.take(userId);
      let timer: NodeJS.Timeout | undefined;
      try {
        const verdict = await Promise.race([
          shared(userId),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        if (down) {
          down = false;
          log.info({}, "shared cooldown is back on PostgreSQL");
        }
        return verdict;
      } catch (err) {
        if (!down) {
          down = true;
          log.error(
            { err },
            "shared cooldown unavailable: each instance limits its users alone until it is back",
          );
        }
        downUntil = now() + pauseMs;
        return local.take(userId);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
