import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  type APIApplicationCommand,
  type APIInteraction,
  type APIInteractionResponse,
  type ApplicationFlags,
  GatewayIntentBits,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
  type GatewayReceivePayload,
  InteractionResponseType,
  InteractionType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import { type WebSocket, WebSocketServer } from "ws";
import { interactionResponseProblems, limitProblems } from "./discord-spec.ts";
import { FAKE_APPLICATION_ID, FAKE_GUILD_ID, fakeBotUser, snowflake } from "./fake-interactions.ts";
import { type RequestSchema, requestBodyProblems } from "./fake-spec.ts";

/**
 * A local stand-in for Discord, strict where Discord is strict: one HTTP server on 127.0.0.1 serving the REST
 * routes Safir uses under /api/v10, and a JSON-encoded gateway WebSocket. Anything Discord would reject is
 * answered with Discord's error and recorded in `errors`, which tests assert is empty (or exactly what they
 * provoked).
 */
export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** Servers the bot is in: registering commands elsewhere is refused (403), as Discord does. */
  guildIds?: string[];
  /** GET /gateway/bot's recommendation, read by DISCORD_SHARDS=auto. */
  recommendedShards?: number;
  maxConcurrency?: number;
  heartbeatIntervalMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorized: "bot" | "none" | "wrong";
  body: unknown;
  status: number;
}

export interface Identify {
  shard: [number, number];
  intents: number;
  at: number;
}

export interface WebhookCall {
  interactionId: string;
  method: "PATCH" | "POST" | "DELETE";
  target: "original" | "followup";
  body: Record<string, unknown> | undefined;
}

interface Pending {
  interaction: APIInteraction;
  callback?: APIInteractionResponse;
  webhook: WebhookCall[];
}

interface Session {
  socket: WebSocket;
  shard?: [number, number];
  sessionId?: string;
  seq: number;
}

/** Intents that need approval in the Developer Portal; Safir must never ask for them. */
const PRIVILEGED =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

const ALLOWED_CALLBACKS: Record<number, number[]> = {
  [InteractionType.ApplicationCommand]: [4, 5, 9],
  [InteractionType.MessageComponent]: [4, 5, 6, 7, 9],
  [InteractionType.ApplicationCommandAutocomplete]: [8],
  [InteractionType.ModalSubmit]: [4, 5, 6, 7],
};

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: { message: string; code: number; errors?: unknown },
    readonly problem: string,
  ) {
    super(problem);
  }
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly requests: RecordedRequest[] = [];
  readonly errors: string[] = [];
  readonly identifies: Identify[] = [];
  /** Commands as registered, per scope: "global" or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  heartbeats = 0;

  private readonly events = new EventEmitter();
  /** Sessions whose connection closed, by session id: a RESUME on a new connection takes them up again. */
  private readonly resumable = new Map<string, [number, number]>();
  private readonly pending = new Map<string, Pending>();
  private readonly byToken = new Map<string, string>();
  private readonly sessions = new Set<Session>();
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private port = 0;

  private constructor(private readonly options: FakeDiscordOptions) {
    this.token = options.token ?? `FAKE.${randomBytes(18).toString("base64url")}.token`;
    this.applicationId = options.applicationId ?? FAKE_APPLICATION_ID;
    this.events.setMaxListeners(0);
    this.server = http.createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on("connection", (socket, req) => this.onSocket(socket, req));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL is set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Returns and clears the recorded errors, for tests that provoke one on purpose. */
  takeErrors(): string[] {
    return this.errors.splice(0);
  }

  async close(): Promise<void> {
    for (const s of this.sessions) s.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- waiting ---------------------------------------------------------------------------------------

  /**
   * Resolves when `check` returns a value; rejects after `timeoutMs` naming what it waited for. Checked on
   * every change the fake sees, and every 50 ms besides: a check may look at things the fake does not see
   * change (a bot process's log lines).
   */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 20_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const v = check();
        if (v === undefined) return false;
        cleanup();
        resolve(v);
        return true;
      };
      const poll = setInterval(attempt, 50);
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `fake Discord: timed out after ${timeoutMs} ms waiting for ${what}${this.errors.length ? `; errors: ${this.errors.join(" | ")}` : ""}`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.events.off("change", attempt);
      };
      if (!attempt()) this.events.on("change", attempt);
    });
  }

  waitForIdentifies(count: number, timeoutMs = 30_000): Promise<Identify[]> {
    return this.waitFor(
      `${count} IDENTIFY`,
      () => (this.identifies.length >= count ? [...this.identifies] : undefined),
      timeoutMs,
    );
  }

  waitForCallback(interactionId: string, timeoutMs = 20_000): Promise<APIInteractionResponse> {
    return this.waitFor(
      `the callback for interaction ${interactionId}`,
      () => this.pending.get(interactionId)?.callback,
      timeoutMs,
    );
  }

  waitForWebhook(interactionId: string, count = 1, timeoutMs = 20_000): Promise<WebhookCall[]> {
    return this.waitFor(
      `${count} webhook call(s) for interaction ${interactionId}`,
      () => {
        const calls = this.pending.get(interactionId)?.webhook ?? [];
        return calls.length >= count ? [...calls] : undefined;
      },
      timeoutMs,
    );
  }

  /** Sends INTERACTION_CREATE to the shard Discord would route it to, and returns the bot's callback. */
  async interact(
    interaction: APIInteraction,
    opts: { shard?: number; timeoutMs?: number } = {},
  ): Promise<APIInteractionResponse> {
    // Discord holds events for a shard that is reconnecting (a missed heartbeat ACK under load makes
    // discord.js reconnect) and delivers them once it is back: wait for the shard rather than fail at once.
    const shard = this.routeOf(interaction, opts.shard);
    await this.waitFor(
      `an identified connection for shard ${shard}`,
      () => (this.connectedShards().some(([id]) => id === shard) ? true : undefined),
      opts.timeoutMs,
    );
    this.dispatchInteraction(interaction, opts);
    return this.waitForCallback(interaction.id, opts.timeoutMs);
  }

  /** The shard Discord routes an interaction to: `(guild_id >> 22) % shard_count`, DMs to shard 0. */
  private routeOf(interaction: APIInteraction, shard?: number): number {
    const count = this.connectedShards()[0]?.[1] ?? 1;
    return (
      shard ?? (interaction.guild_id ? Number((BigInt(interaction.guild_id) >> 22n) % BigInt(count)) : 0)
    );
  }

  /**
   * Dispatches INTERACTION_CREATE. Guild interactions go to shard `(guild_id >> 22) % shard_count`, DMs to
   * shard 0, as Discord routes them. `register: false` sends one Discord no longer knows (an expired one).
   */
  dispatchInteraction(interaction: APIInteraction, opts: { shard?: number; register?: boolean } = {}): void {
    if (opts.register !== false) {
      this.pending.set(interaction.id, { interaction, webhook: [] });
      this.byToken.set(interaction.token, interaction.id);
    }
    const shard = this.routeOf(interaction, opts.shard);
    const session = [...this.sessions].find((s) => s.shard?.[0] === shard);
    if (!session) throw new Error(`fake Discord: no identified connection for shard ${shard}`);
    this.send(session, {
      op: GatewayOpcodes.Dispatch,
      t: "INTERACTION_CREATE",
      s: ++session.seq,
      d: interaction,
    });
  }

  /** The shards currently connected and identified. */
  connectedShards(): [number, number][] {
    return [...this.sessions].flatMap((s) => (s.shard ? [s.shard] : []));
  }

  // ---- REST ------------------------------------------------------------------------------------------

  private async onHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    // Clients may percent-encode path segments (discord.js sends @original as %40original); Discord decodes.
    const pathname = url.pathname.split("/").map(decodeURIComponent).join("/");
    const method = req.method ?? "GET";
    const auth = req.headers.authorization;
    const authorized: RecordedRequest["authorized"] =
      auth === undefined ? "none" : auth === `Bot ${this.token}` ? "bot" : "wrong";
    let body: unknown;
    const record = (status: number) => {
      this.requests.push({ method, path: pathname, authorized, body, status });
    };
    try {
      const raw = await readBody(req);
      if (raw.length > 0) {
        if (!String(req.headers["content-type"] ?? "").startsWith("application/json"))
          throw this.fail(
            400,
            50109,
            "The request body contains invalid JSON.",
            `${method} ${pathname}: body is not JSON`,
          );
        try {
          body = JSON.parse(raw);
        } catch {
          throw this.fail(
            400,
            50109,
            "The request body contains invalid JSON.",
            `${method} ${pathname}: invalid JSON`,
          );
        }
      }
      const { status, json } = this.route(method, pathname, authorized, body);
      record(status);
      res.writeHead(status, json === undefined ? {} : { "content-type": "application/json" });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    } catch (err) {
      const f =
        err instanceof HttpFailure
          ? err
          : new HttpFailure(500, { message: "500: Internal Server Error", code: 0 }, String(err));
      this.errors.push(f.problem);
      record(f.status);
      res.writeHead(f.status, { "content-type": "application/json" });
      res.end(JSON.stringify(f.body));
    }
    this.events.emit("change");
  }

  private fail(
    status: number,
    code: number,
    message: string,
    problem: string,
    errors?: unknown,
  ): HttpFailure {
    return new HttpFailure(status, { message, code, ...(errors ? { errors } : {}) }, problem);
  }

  private requireBot(authorized: RecordedRequest["authorized"], what: string): void {
    if (authorized !== "bot")
      throw this.fail(
        401,
        0,
        "401: Unauthorized",
        `${what}: Authorization is ${authorized === "none" ? "missing" : "not 'Bot <the token>'"}`,
      );
  }

  private route(
    method: string,
    path: string,
    authorized: RecordedRequest["authorized"],
    body: unknown,
  ): { status: number; json?: unknown } {
    const what = `${method} ${path.replace(/[A-Za-z0-9_-]{60,}/g, "<token>")}`;
    const m = (re: RegExp) => path.match(re);
    if (!path.startsWith("/api/v10/"))
      throw this.fail(404, 0, "404: Not Found", `${what}: not an API v10 route`);

    if (method === "GET" && path === "/api/v10/gateway/bot") {
      this.requireBot(authorized, what);
      return {
        status: 200,
        json: {
          url: this.gatewayUrl,
          shards: this.options.recommendedShards ?? 1,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 14_400_000,
            max_concurrency: this.options.maxConcurrency ?? 1,
          },
        },
      };
    }
    if (method === "GET" && path === "/api/v10/users/@me") {
      this.requireBot(authorized, what);
      return { status: 200, json: fakeBotUser(this.applicationId) };
    }

    let r = m(/^\/api\/v10\/applications\/([^/]+)(?:\/guilds\/([^/]+))?\/commands$/);
    if (r && (method === "PUT" || method === "GET")) {
      this.requireBot(authorized, what);
      const [, app, guild] = r;
      if (app !== this.applicationId)
        throw this.fail(404, 10002, "Unknown Application", `${what}: application ${app} is not this bot's`);
      if (guild && !(this.options.guildIds ?? [FAKE_GUILD_ID]).includes(guild))
        throw this.fail(403, 50001, "Missing Access", `${what}: the bot is not in guild ${guild}`);
      const scope = guild ?? "global";
      if (method === "GET") return { status: 200, json: this.commands.get(scope) ?? [] };
      return { status: 200, json: this.overwriteCommands(scope, guild, body, what) };
    }

    r = m(/^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/);
    if (r && method === "POST") return this.callback(r[1]!, r[2]!, authorized, body, what);

    r = m(/^\/api\/v10\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/);
    if (r && (method === "POST" || ((method === "PATCH" || method === "DELETE") && r[3]))) {
      return this.webhook(
        method as WebhookCall["method"],
        r[1]!,
        r[2]!,
        Boolean(r[3]),
        authorized,
        body,
        what,
      );
    }
    throw this.fail(
      404,
      0,
      "404: Not Found",
      `${what}: no such route in the fake (is it a route Discord has?)`,
    );
  }

  private overwriteCommands(scope: string, guild: string | undefined, body: unknown, what: string) {
    if (!Array.isArray(body))
      throw this.fail(400, 50035, "Invalid Form Body", `${what}: body is not an array`);
    const problems = (body as unknown[]).flatMap((c) =>
      requestBodyProblems("ApplicationCommandUpdateRequest", c),
    );
    const names = (body as RESTPostAPIApplicationCommandsJSONBody[]).map((c) => c.name);
    if (new Set(names).size !== names.length) problems.push("duplicate command names");
    if (body.length > 100) problems.push("more than 100 commands");
    if (problems.length > 0)
      throw this.fail(400, 50035, "Invalid Form Body", `${what}: ${problems.join("; ")}`, problems);
    const before = this.commands.get(scope) ?? [];
    const result = (body as RESTPostAPIApplicationCommandsJSONBody[]).map((c) => {
      const old = before.find((o) => o.name === c.name);
      const same = old && JSON.stringify(stripIds(old)) === JSON.stringify(c);
      return {
        ...c,
        id: old?.id ?? snowflake(),
        application_id: this.applicationId,
        version: same ? old.version : snowflake(),
        default_member_permissions: null,
        ...(guild ? { guild_id: guild } : {}),
      } as APIApplicationCommand;
    });
    this.commands.set(scope, result);
    return result;
  }

  private callback(
    id: string,
    token: string,
    authorized: RecordedRequest["authorized"],
    body: unknown,
    what: string,
  ): { status: number } {
    const shortWhat = `callback for ${id}`;
    if (authorized === "wrong") this.requireBot(authorized, shortWhat);
    const p = this.pending.get(id);
    if (!p) throw this.fail(404, 10062, "Unknown interaction", `${shortWhat}: unknown interaction`);
    if (p.interaction.token !== token)
      throw this.fail(401, 50027, "Invalid Webhook Token", `${shortWhat}: wrong interaction token`);
    if (p.callback)
      throw this.fail(
        400,
        40060,
        "Interaction has already been acknowledged.",
        `${shortWhat}: answered twice`,
      );
    const response = body as APIInteractionResponse;
    const problems =
      response && typeof response === "object" ? interactionResponseProblems(response) : ["no body"];
    const allowed = ALLOWED_CALLBACKS[p.interaction.type] ?? [];
    if (response && !allowed.includes(response.type))
      problems.push(`callback type ${response.type} is not valid for interaction type ${p.interaction.type}`);
    if (problems.length > 0)
      throw this.fail(
        400,
        50035,
        "Invalid Form Body",
        `${what.replace(token, "<token>")}: ${problems.join("; ")}`,
        problems,
      );
    p.callback = response;
    return { status: 204 };
  }

  private webhook(
    method: WebhookCall["method"],
    app: string,
    token: string,
    original: boolean,
    authorized: RecordedRequest["authorized"],
    body: unknown,
    what: string,
  ): { status: number; json?: unknown } {
    const safeWhat = what.replace(token, "<token>");
    if (authorized === "wrong") this.requireBot(authorized, safeWhat);
    const id = this.byToken.get(token);
    const p = id ? this.pending.get(id) : undefined;
    if (!p || app !== this.applicationId || !p.callback)
      throw this.fail(
        404,
        10015,
        "Unknown Webhook",
        `${safeWhat}: no acknowledged interaction has this token`,
      );
    if (method !== "DELETE") {
      const schema: RequestSchema = original
        ? "IncomingWebhookUpdateRequestPartial"
        : "IncomingWebhookRequestPartial";
      const problems = [
        ...requestBodyProblems(schema, body),
        ...limitProblems({
          type: InteractionResponseType.UpdateMessage,
          data: body,
        } as APIInteractionResponse),
      ];
      if (problems.length > 0)
        throw this.fail(400, 50035, "Invalid Form Body", `${safeWhat}: ${problems.join("; ")}`, problems);
    }
    p.webhook.push({
      interactionId: p.interaction.id,
      method,
      target: original ? "original" : "followup",
      body: body as Record<string, unknown> | undefined,
    });
    if (method === "DELETE") return { status: 204 };
    const data = (body ?? {}) as Record<string, unknown>;
    return {
      status: 200,
      json: {
        id: snowflake(),
        type: 20,
        channel_id: p.interaction.channel?.id,
        content: data.content ?? "",
        embeds: data.embeds ?? [],
        components: data.components ?? [],
        flags: data.flags ?? 0,
        author: fakeBotUser(this.applicationId),
        attachments: [],
        mentions: [],
        mention_roles: [],
        mention_everyone: false,
        pinned: false,
        tts: false,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        webhook_id: this.applicationId,
      },
    };
  }

  // ---- gateway ---------------------------------------------------------------------------------------

  private onSocket(socket: WebSocket, req: http.IncomingMessage): void {
    const session: Session = { socket, seq: 0 };
    this.sessions.add(session);
    socket.on("close", () => {
      this.sessions.delete(session);
      // As on Discord, a session outlives its connection: the client may RESUME it on a new one.
      if (session.sessionId && session.shard) this.resumable.set(session.sessionId, session.shard);
      this.events.emit("change");
    });
    const query = new URL(req.url ?? "/", "http://fake").searchParams;
    if (query.get("v") !== "10" || query.get("encoding") !== "json") {
      this.errors.push(`gateway: connected with v=${query.get("v")} encoding=${query.get("encoding")}`);
      socket.close(4012, "Invalid API version");
      return;
    }
    if (query.has("compress")) {
      this.errors.push(
        `gateway: asked for compression ${query.get("compress")} (the fake speaks plain JSON)`,
      );
      socket.close(4000, "Unsupported compression");
      return;
    }
    socket.on("message", (raw) => this.onGatewayMessage(session, String(raw)));
    this.send(session, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 41_250 },
    } as GatewayReceivePayload);
  }

  private onGatewayMessage(session: Session, raw: string): void {
    let payload: { op: number; d: unknown };
    try {
      payload = JSON.parse(raw);
    } catch {
      this.errors.push("gateway: a frame that is not JSON");
      session.socket.close(4002, "Decode error");
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats++;
        this.send(session, { op: GatewayOpcodes.HeartbeatAck } as GatewayReceivePayload);
        break;
      case GatewayOpcodes.Identify:
        this.identify(session, payload.d as IdentifyData);
        break;
      case GatewayOpcodes.Resume: {
        const d = payload.d as { session_id?: string; token?: string };
        const live = [...this.sessions].find((s) => s !== session && s.sessionId === d.session_id)?.shard;
        const shard = live ?? (d.session_id ? this.resumable.get(d.session_id) : undefined);
        if (d.token !== this.token || !shard || !d.session_id) {
          this.send(session, { op: GatewayOpcodes.InvalidSession, d: false } as GatewayReceivePayload);
          break;
        }
        this.resumable.delete(d.session_id);
        session.shard = shard;
        session.sessionId = d.session_id;
        this.send(session, { op: GatewayOpcodes.Dispatch, t: "RESUMED", s: ++session.seq, d: {} } as never);
        break;
      }
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
        break;
      default:
        this.errors.push(`gateway: unknown opcode ${payload.op}`);
        session.socket.close(4001, "Unknown opcode");
    }
    this.events.emit("change");
  }

  private identify(session: Session, d: IdentifyData): void {
    if (session.shard) {
      this.errors.push("gateway: IDENTIFY sent twice on one connection");
      session.socket.close(4005, "Already authenticated");
      return;
    }
    if (d?.token !== this.token) {
      this.errors.push("gateway: IDENTIFY with a wrong token");
      session.socket.close(4004, "Authentication failed");
      return;
    }
    if (typeof d.intents !== "number" || (d.intents & PRIVILEGED) !== 0) {
      this.errors.push(`gateway: IDENTIFY asked for privileged intents (${d.intents})`);
      session.socket.close(4014, "Disallowed intent(s)");
      return;
    }
    const shard = d.shard ?? [0, 1];
    if (!d.properties?.os || !d.properties.browser || !d.properties.device) {
      this.errors.push("gateway: IDENTIFY without properties {os, browser, device}");
      session.socket.close(4001, "Unknown opcode");
      return;
    }
    if (shard[0] < 0 || shard[0] >= shard[1]) {
      this.errors.push(`gateway: invalid shard ${JSON.stringify(shard)}`);
      session.socket.close(4010, "Invalid shard");
      return;
    }
    session.shard = shard;
    session.sessionId = randomBytes(16).toString("hex");
    this.identifies.push({ shard, intents: d.intents, at: Date.now() });
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: fakeBotUser(this.applicationId),
      guilds: [],
      session_id: session.sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.applicationId, flags: 0 as ApplicationFlags, flags_new: "0" },
    };
    this.send(session, {
      op: GatewayOpcodes.Dispatch,
      t: "READY",
      s: ++session.seq,
      d: ready,
    } as GatewayReceivePayload);
  }

  private send(session: Session, payload: GatewayReceivePayload | Record<string, unknown>): void {
    if (session.socket.readyState === session.socket.OPEN) session.socket.send(JSON.stringify(payload));
  }
}

interface IdentifyData {
  token?: string;
  intents?: number;
  shard?: [number, number];
  properties?: { os?: string; browser?: string; device?: string };
}

function stripIds(c: APIApplicationCommand): unknown {
  const {
    id: _i,
    application_id: _a,
    version: _v,
    default_member_permissions: _d,
    guild_id: _g,
    ...rest
  } = c;
  return rest;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
