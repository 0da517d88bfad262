import entries from "safir:content";
import intent from "safir:intent";
import { type App, createCore } from "../core.ts";
import { decodeIntentBundle } from "../intent/bundle.ts";
import type { IntentModelData } from "../intent/classifier.ts";
import { handleInteractionRequest } from "./handler.ts";

/**
 * Safir as a Cloudflare Worker (`npm run build:worker` → dist/worker.js): Discord's HTTP interactions at any
 * path, with the same core and replies as `npm run serve`, the content bundled at build time. Bindings:
 * DISCORD_PUBLIC_KEY (a secret, required); SIGNATURE_MAX_AGE_SECONDS, BODY_LIMIT_BYTES, COOLDOWN_USES and
 * COOLDOWN_SECONDS optional (vars), with the Node server's defaults.
 */
declare const __SAFIR_VERSION__: string;

export interface Env {
  DISCORD_PUBLIC_KEY?: string;
  SIGNATURE_MAX_AGE_SECONDS?: string;
  BODY_LIMIT_BYTES?: string;
  COOLDOWN_USES?: string;
  COOLDOWN_SECONDS?: string;
}

const HEX_KEY = /^[0-9a-fA-F]{64}$/;

function int(value: string | undefined, fallback: number, min: number, max: number): number {
  const v = value?.trim();
  if (!v || !/^\d+$/.test(v)) return fallback;
  return Math.min(max, Math.max(min, Number(v)));
}

// The classifier, trained at build time and read back here, as the isolate starts (Cloudflare gives a
// Worker's global scope a second): training it in a request would cost the first unsure question of every
// isolate about a tenth of a second of CPU, and even reading it back (7-15 ms) more than a Workers Free request
// may spend (10 ms).
const model = readBundledModel();

function readBundledModel(): IntentModelData | undefined {
  if (!intent) return undefined;
  try {
    return decodeIntentBundle(intent);
  } catch (err) {
    // A build fault, not the caller's: the index then trains the classifier from the entries when first needed.
    console.error(
      "the bundled question classifier could not be read; it will be trained when first needed",
      err,
    );
    return undefined;
  }
}

// One core per isolate, built on the first request: an isolate serves many requests, and the cooldown
// (per user, in memory) lives as long as it does. Workers have no shared memory between isolates.
let app: App | undefined;
function core(env: Env): App {
  app ??= createCore({
    entries,
    ...(model ? { intentModel: () => model } : {}),
    version: __SAFIR_VERSION__,
    cooldown: {
      uses: int(env.COOLDOWN_USES, 5, 0, 1000),
      windowMs: int(env.COOLDOWN_SECONDS, 10, 0, 3600) * 1000,
    },
  });
  return app;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const publicKey = env.DISCORD_PUBLIC_KEY?.trim() ?? "";
    if (!HEX_KEY.test(publicKey)) {
      // The operator's mistake, not the caller's: say what to do, and log it where `wrangler tail` shows it.
      console.error(
        "DISCORD_PUBLIC_KEY is not set or is not 64 hexadecimal characters: run `wrangler secret put DISCORD_PUBLIC_KEY` with the Public Key from the Developer Portal",
      );
      return new Response('{"error":"the endpoint is not configured"}', {
        status: 500,
        headers: { "content-type": "application/json" },
      });
    }
    return handleInteractionRequest(request, core(env), {
      publicKey: publicKey.toLowerCase(),
      maxAgeSeconds: int(env.SIGNATURE_MAX_AGE_SECONDS, 300, 1, 86_400),
      bodyLimitBytes: int(env.BODY_LIMIT_BYTES, 262_144, 1024, 16_777_216),
      now: Date.now,
    });
  },
};
