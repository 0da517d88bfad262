import path from "node:path";
import { LOG_LEVELS, type LogLevel } from "./log.ts";

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
  shards: "auto" | number | undefined;
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
}

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const v = this.env[name]?.trim();
    return v ? v : undefined;
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
      this.problems.push(`${name} is '${v}': it must be a whole number from ${min} to ${max}`);
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
  const level = (r.raw("LOG_LEVEL") ?? "info").toLowerCase();
  r.check(
    (LOG_LEVELS as readonly string[]).includes(level),
    `LOG_LEVEL is '${level}': use one of ${LOG_LEVELS.join(", ")}`,
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
  r.check(ok, `DISCORD_API_URL is '${v}': it must be an http(s) URL such as ${DEFAULT_API_URL}`);
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
  let shards: GatewayConfig["shards"];
  if (s !== undefined) {
    if (s.toLowerCase() === "auto") shards = "auto";
    else if (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 1024) shards = Number(s);
    else
      r.check(
        false,
        `DISCORD_SHARDS is '${s}': use 'auto' or a number of shards from 1 to 1024, or leave it unset for one process`,
      );
  }
  return r.done({ ...base, token: t, apiUrl: apiUrl(r), shards });
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
    `DISCORD_CLIENT_ID is '${clientId}': it must be the numeric Application ID`,
  );
  const guildId = r.raw("DISCORD_GUILD_ID");
  r.check(
    !guildId || SNOWFLAKE.test(guildId),
    `DISCORD_GUILD_ID is '${guildId}': it must be a numeric server id (Developer Mode → right-click the server → Copy Server ID), or unset`,
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
    `INTERACTIONS_PATH is '${p}': it must be a path starting with '/'`,
  );
  return r.done({
    ...base,
    publicKey: publicKey.toLowerCase(),
    port: r.int("PORT", 8080, 0, 65535),
    host: r.raw("HOST") ?? "127.0.0.1",
    path: p,
    maxAgeSeconds: r.int("SIGNATURE_MAX_AGE_SECONDS", 300, 1, 86400),
    bodyLimitBytes: r.int("BODY_LIMIT_BYTES", 262_144, 1024, 16_777_216),
  });
}
