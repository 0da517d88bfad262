import path from "node:path";
import { LOG_LEVELS, type LogLevel } from "./logger.ts";

/**
 * Settings from the environment (and `.env`, loaded by the entry points). Each reader checks only what its
 * mode needs and fails with one line per problem that names the variable and says what to do.
 */
export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Configuration problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every setting.`,
    );
    this.name = "ConfigError";
  }
}

const SNOWFLAKE = /^\d{17,20}$/;
const HEX_KEY = /^[0-9a-fA-F]{64}$/;
export const DEFAULT_API_URL = "https://discord.com/api";

export interface CommonConfig {
  contentDir: string;
  logLevel: LogLevel;
  cooldown: { uses: number; windowMs: number };
  /** Reload the content when its folder changes (CONTENT_WATCH, default on); SIGHUP reloads either way. */
  contentWatch: boolean;
}

export interface GatewayConfig extends CommonConfig {
  token: string;
  apiUrl: string;
  /** DISCORD_SHARDS=auto|N: every shard on this machine, one process each (ShardingManager). */
  shards: "auto" | number | undefined;
  /** METRICS_PORT (and METRICS_HOST): serve /healthz and /metrics; unset, the gateway serves nothing. */
  metrics: { port: number; host: string } | undefined;
  /** DISCORD_SHARD_IDS + DISCORD_SHARD_COUNT: this host's share of the shards (other hosts run the rest). */
  shardRange: ShardRange | undefined;
}

export interface ShardRange {
  ids: number[];
  count: number;
  /** DISCORD_SHARDS=process: one process per shard (ShardingManager) instead of all in this process. */
  processes: boolean;
}

export interface DeployConfig extends CommonConfig {
  token: string;
  clientId: string;
  guildId: string | undefined;
  apiUrl: string;
}

export interface HttpConfig extends CommonConfig {
  publicKey: string;
  port: number;
  host: string;
  path: string;
  maxAgeSeconds: number;
  bodyLimitBytes: number;
  /** Open connections at most; past it the oldest is closed for the newcomer. Keep under `ulimit -n`. */
  maxConnections: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

/**
 * The one place where raw environment values become settings: each is trimmed here, once, and an empty value
 * counts as unset. Everything else (the readers below, the entry points, the secret redaction) reads settings
 * through this, so nothing ever holds a differently-trimmed copy of, say, the token.
 */
export function setting(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** The settings that are secrets: never logged or printed, in any form (see `redactSecrets`). */
export const SECRET_SETTINGS = [
  "DISCORD_TOKEN",
  "DISCORD_PUBLIC_KEY",
  "LOCAL_SIGNING_KEY",
  "STORE_HASH_SECRET",
] as const;

/** Every form in which a secret setting may appear: as set (untrimmed) and as used (trimmed). */
export function secretsOf(env: Env): string[] {
  const out = new Set<string>();
  for (const name of SECRET_SETTINGS) {
    const raw = env[name];
    const used = setting(env, name);
    if (raw) out.add(raw);
    if (used) out.add(used);
  }
  // A database URL's password, in both its written and its decoded form.
  const password = /^[a-z+]+:\/\/[^:/@]*:([^@]+)@/i.exec(env.DATABASE_URL?.trim() ?? "")?.[1];
  if (password) {
    out.add(password);
    try {
      out.add(decodeURIComponent(password));
    } catch {
      // not percent-encoded: the written form is the only one
    }
  }
  return [...out];
}

/** A value quoted back in an error, unless it is long enough to be something pasted by mistake (a token). */
export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
  return value.length <= 40 && !/[\u0000-\u001f\u007f]/.test(value)
    ? `'${value}'`
    : `a value of ${value.length} characters (not shown)`;
}

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    return setting(this.env, name);
  }

  required(name: string, what: string): string {
    const v = this.raw(name);
    if (!v) this.problems.push(`${name} is not set: ${what}`);
    return v ?? "";
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      this.problems.push(`${name} is ${shown(v)}: it must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return Number(v);
  }

  onOff(name: string, fallback: boolean): boolean {
    const v = this.raw(name)?.toLowerCase();
    if (v === undefined) return fallback;
    if (["on", "true", "yes", "1"].includes(v)) return true;
    if (["off", "false", "no", "0"].includes(v)) return false;
    this.problems.push(`${name} is '${v}': use on or off`);
    return fallback;
  }

  check(ok: boolean, problem: string): void {
    if (!ok) this.problems.push(problem);
  }

  done<T>(value: T): T {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
    return value;
  }
}

function common(r: Reader, cwd: string): CommonConfig {
  const given = r.raw("LOG_LEVEL") ?? "info";
  const level = given.toLowerCase();
  r.check(
    (LOG_LEVELS as readonly string[]).includes(level),
    `LOG_LEVEL is ${shown(given)}: use one of ${LOG_LEVELS.join(", ")}`,
  );
  return {
    contentDir: path.resolve(cwd, r.raw("CONTENT_DIR") ?? "content"),
    logLevel: (LOG_LEVELS as readonly string[]).includes(level) ? (level as LogLevel) : "info",
    cooldown: {
      uses: r.int("COOLDOWN_USES", 5, 0, 1000),
      windowMs: r.int("COOLDOWN_SECONDS", 10, 0, 3600) * 1000,
    },
    contentWatch: r.onOff("CONTENT_WATCH", true),
  };
}

function token(r: Reader): string {
  const t = r.required(
    "DISCORD_TOKEN",
    "copy the bot token from the Developer Portal (Bot → Reset Token) into .env",
  );
  // Never echo the value: a malformed token is still someone's secret.
  r.check(
    !t || (/^[\w.-]+$/.test(t) && t.length >= 20),
    "DISCORD_TOKEN does not look like a bot token: copy it again from the Developer Portal (Bot → Reset Token)",
  );
  return t;
}

function apiUrl(r: Reader): string {
  const v = r.raw("DISCORD_API_URL") ?? DEFAULT_API_URL;
  let ok = false;
  try {
    const u = new URL(v);
    ok = u.protocol === "https:" || u.protocol === "http:";
  } catch {
    // not a URL at all: reported just below
  }
  r.check(ok, `DISCORD_API_URL is ${shown(v)}: it must be an http(s) URL such as ${DEFAULT_API_URL}`);
  return v.replace(/\/+$/, "");
}

export function readCommonConfig(env: Env, cwd = process.cwd()): CommonConfig {
  const r = new Reader(env);
  return r.done(common(r, cwd));
}

export function readGatewayConfig(env: Env, cwd = process.cwd()): GatewayConfig {
  const r = new Reader(env);
  const base = common(r, cwd);
  const t = token(r);
  const s = r.raw("DISCORD_SHARDS");
  const range = shardRange(r, s);
  let shards: GatewayConfig["shards"];
  if (s !== undefined && !range) {
    if (s.toLowerCase() === "auto") shards = "auto";
    else if (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= MAX_SHARDS) shards = Number(s);
    else
      r.check(
        false,
        `DISCORD_SHARDS is ${shown(s)}: use 'auto' or a number of shards from 1 to ${MAX_SHARDS}, or leave it unset for one process`,
      );
  }
  return r.done({
    ...base,
    token: t,
    apiUrl: apiUrl(r),
    shards,
    shardRange: range,
    metrics: metricsListen(r),
  });
}

const MAX_SHARDS = 16_384;

/**
 * DISCORD_SHARD_IDS ('0-3', '4,5', '0-1,6') with DISCORD_SHARD_COUNT: the shards this host runs, out of
 * the count every host must agree on. Undefined when neither is set; a problem per bad value otherwise.
 */
function shardRange(r: Reader, shards: string | undefined): ShardRange | undefined {
  const idsText = r.raw("DISCORD_SHARD_IDS");
  const countText = r.raw("DISCORD_SHARD_COUNT");
  if (idsText === undefined && countText === undefined) return undefined;
  if (idsText === undefined) {
    r.check(
      false,
      "DISCORD_SHARD_COUNT is set without DISCORD_SHARD_IDS: set both (e.g. DISCORD_SHARD_IDS=0-3), or neither",
    );
    return undefined;
  }
  const count = countText !== undefined && /^\d+$/.test(countText) ? Number(countText) : NaN;
  r.check(
    count >= 1 && count <= MAX_SHARDS,
    countText === undefined
      ? "DISCORD_SHARD_COUNT is not set: DISCORD_SHARD_IDS needs the total number of shards across all hosts"
      : `DISCORD_SHARD_COUNT is ${shown(countText)}: it must be the total number of shards across all hosts, from 1 to ${MAX_SHARDS}`,
  );
  const ids = new Set<number>();
  let wellFormed = true;
  for (const part of idsText.split(",").map((p) => p.trim())) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    const from = m ? Number(m[1]) : NaN;
    const to = m?.[2] !== undefined ? Number(m[2]) : from;
    if (!m || to < from || to - from >= MAX_SHARDS) {
      wellFormed = false;
      break;
    }
    for (let id = from; id <= to; id++) ids.add(id);
  }
  r.check(
    wellFormed && ids.size > 0,
    `DISCORD_SHARD_IDS is ${shown(idsText)}: use shard ids and ranges such as '0-3' or '4,5'`,
  );
  const outside = [...ids].filter((id) => id >= count);
  r.check(
    !wellFormed || !(count >= 1 && count <= MAX_SHARDS) || outside.length === 0,
    `DISCORD_SHARD_IDS names shard ${outside[0]}, but DISCORD_SHARD_COUNT is ${count}: shard ids run from 0 to ${count - 1}`,
  );
  const processes = shards?.toLowerCase() === "process";
  r.check(
    shards === undefined || processes,
    `DISCORD_SHARDS is ${shown(shards ?? "")} with DISCORD_SHARD_IDS: leave it unset to run those shards in one process, or set it to 'process' for one process per shard`,
  );
  return { ids: [...ids].sort((a, b) => a - b), count, processes };
}

/** METRICS_PORT turns the gateway's /healthz and /metrics on; METRICS_HOST alone is a mistake worth a line. */
function metricsListen(r: Reader): GatewayConfig["metrics"] {
  const host = r.raw("METRICS_HOST");
  if (r.raw("METRICS_PORT") === undefined) {
    r.check(
      host === undefined,
      "METRICS_HOST is set but METRICS_PORT is not: set METRICS_PORT (e.g. 9464) to serve /healthz and /metrics, or unset METRICS_HOST",
    );
    return undefined;
  }
  return { port: r.int("METRICS_PORT", 9464, 0, 65535), host: host ?? "127.0.0.1" };
}

export function readDeployConfig(env: Env, cwd = process.cwd()): DeployConfig {
  const r = new Reader(env);
  const base = common(r, cwd);
  const t = token(r);
  const clientId = r.required(
    "DISCORD_CLIENT_ID",
    "copy the Application ID from the Developer Portal (General Information)",
  );
  r.check(
    !clientId || SNOWFLAKE.test(clientId),
    `DISCORD_CLIENT_ID is ${shown(clientId)}: it must be the numeric Application ID`,
  );
  const guildId = r.raw("DISCORD_GUILD_ID");
  r.check(
    !guildId || SNOWFLAKE.test(guildId),
    `DISCORD_GUILD_ID is ${shown(guildId ?? "")}: it must be a numeric server id (Developer Mode → right-click the server → Copy Server ID), or unset`,
  );
  return r.done({ ...base, token: t, clientId, guildId, apiUrl: apiUrl(r) });
}

export function readHttpConfig(env: Env, cwd = process.cwd()): HttpConfig {
  const r = new Reader(env);
  const base = common(r, cwd);
  const publicKey = r.required(
    "DISCORD_PUBLIC_KEY",
    "copy the Public Key from the Developer Portal (General Information)",
  );
  r.check(
    !publicKey || HEX_KEY.test(publicKey),
    "DISCORD_PUBLIC_KEY must be 64 hexadecimal characters: copy the Public Key again from the Developer Portal",
  );
  const p = r.raw("INTERACTIONS_PATH") ?? "/interactions";
  r.check(
    p.startsWith("/") && !/\s/.test(p),
    `INTERACTIONS_PATH is ${shown(p)}: it must be a path starting with '/'`,
  );
  return r.done({
    ...base,
    publicKey: publicKey.toLowerCase(),
    port: r.int("PORT", 8080, 0, 65535),
    host: r.raw("HOST") ?? "127.0.0.1",
    path: p,
    maxAgeSeconds: r.int("SIGNATURE_MAX_AGE_SECONDS", 300, 1, 86400),
    bodyLimitBytes: r.int("BODY_LIMIT_BYTES", 262_144, 1024, 16_777_216),
    maxConnections: r.int("HTTP_MAX_CONNECTIONS", 256, 8, 65_536),
    headersTimeoutMs: r.int("HTTP_HEADERS_TIMEOUT_SECONDS", 10, 1, 300) * 1000,
    requestTimeoutMs: r.int("HTTP_REQUEST_TIMEOUT_SECONDS", 15, 1, 600) * 1000,
  });
}

/** Where feedback and questions are recorded. */
export type DatabaseTarget =
  | { kind: "off" }
  /** A SQLite-compatible file (libSQL), created on first use. `file` is its absolute path. */
  | { kind: "sqlite"; url: string; file: string }
  | { kind: "postgres"; url: string };

export interface StoreConfig {
  database: DatabaseTarget;
  /** Key of the hash that stands in for user ids; undefined when unset (see src/store/open.ts). */
  hashSecret: string | undefined;
  retentionDays: number;
  /** Answers scoring below this (0..1) are recorded as low-confidence, with search's candidates. */
  recordBelowConfidence: number;
  /** Rows held in memory while the database is slow or down; beyond it new rows are refused and counted. */
  queueMax: number;
}

export const DEFAULT_DATABASE_URL = "file:data/safir.db";

/** DATABASE_URL as a target: `off`, `file:<path>` (relative to the working folder) or `postgres://…`. */
export function databaseTarget(value: string | undefined, cwd = process.cwd()): DatabaseTarget | string {
  const v = value?.trim() || DEFAULT_DATABASE_URL;
  if (v.toLowerCase() === "off") return { kind: "off" };
  if (/^postgres(ql)?:\/\//i.test(v)) {
    try {
      new URL(v);
      return { kind: "postgres", url: v };
    } catch {
      return "DATABASE_URL looks like PostgreSQL but is not a valid URL: use postgres://user:password@host:5432/database";
    }
  }
  if (v.startsWith("file:")) {
    let rest = v.slice("file:".length);
    if (rest.startsWith("//")) rest = rest.replace(/^\/\/[^/]*/, "");
    rest = decodeURIComponent(rest.split("?")[0] ?? "");
    if (!rest)
      return "DATABASE_URL 'file:' names no file: use file:data/safir.db or an absolute file:/path/safir.db";
    const file = path.resolve(cwd, rest);
    return { kind: "sqlite", url: `file:${file}`, file };
  }
  return `DATABASE_URL must be 'off', a file: URL (file:data/safir.db) or a postgres:// URL; it starts with '${v.split(":")[0]?.slice(0, 20)}:'`;
}

export function readStoreConfig(env: Env, cwd = process.cwd()): StoreConfig {
  const r = new Reader(env);
  const target = databaseTarget(r.raw("DATABASE_URL"), cwd);
  if (typeof target === "string") r.check(false, target);
  const secret = r.raw("STORE_HASH_SECRET");
  r.check(
    secret === undefined || secret.length >= 16,
    "STORE_HASH_SECRET is too short: use at least 16 random characters (for example `openssl rand -hex 32`)",
  );
  const below = r.raw("RECORD_BELOW_CONFIDENCE");
  const confidence = below === undefined ? 0.5 : Number(below);
  r.check(
    below === undefined || (/^\d*\.?\d+$/.test(below) && confidence >= 0 && confidence <= 1),
    `RECORD_BELOW_CONFIDENCE is '${below}': it must be a number from 0 to 1 (0 records no answered question as low-confidence)`,
  );
  return r.done({
    database: typeof target === "string" ? { kind: "off" } : target,
    hashSecret: secret,
    retentionDays: r.int("RETENTION_DAYS", 90, 1, 3650),
    recordBelowConfidence: Number.isFinite(confidence) ? confidence : 0.5,
    queueMax: r.int("STORE_QUEUE_MAX", 10_000, 100, 1_000_000),
  });
}
