import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * End-to-end figures from the transport benchmarks, which live in their own files (bench/gateway.ts,
 * bench/http.ts) so each can also be run alone. A file that is not there yet is reported, not fatal.
 */
export interface E2eReport {
  gateway: unknown;
  http: unknown;
  notes: string[];
}

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export async function runE2e(quick: boolean, progress: (s: string) => void): Promise<E2eReport> {
  const report: E2eReport = { gateway: null, http: null, notes: [] };
  if (existsSync(here("gateway.ts"))) {
    progress("e2e: gateway against the fake Discord…");
    try {
      const { benchGateway } = await import("./gateway.ts");
      report.gateway = await benchGateway(quick ? 200 : 500);
    } catch (err) {
      report.notes.push(`gateway: failed: ${(err as Error).message}`);
    }
  } else {
    report.notes.push("gateway: not built yet (bench/gateway.ts provides it)");
  }
  if (existsSync(here("http.ts"))) {
    progress("e2e: HTTP endpoint under load…");
    try {
      const { benchHttp } = await import("./http.ts");
      // Shorter than `npm run bench:http` on its own, to keep the whole run under five minutes.
      report.http = await benchHttp(
        quick ? { duration: 2, rounds: 1, warmup: 1 } : { duration: 3, rounds: 2, warmup: 1 },
      );
    } catch (err) {
      report.notes.push(`http: failed: ${(err as Error).message}`);
    }
  } else {
    report.notes.push("http: not built yet (bench/http.ts provides it)");
  }
  return report;
}
