export type ShutdownReason = "SIGINT" | "SIGTERM" | "disconnect";

/**
 * Resolves on the first SIGINT or SIGTERM (and, in a shard process, when the ShardingManager's IPC channel
 * closes, so a shard never outlives its manager). Installing the handlers replaces Node's default of dying
 * mid-request: the caller closes the gateway cleanly and exits 0.
 */
export function shutdownSignal(opts: { onDisconnect?: boolean } = {}): Promise<ShutdownReason> {
  return new Promise((resolve) => {
    const on = (reason: ShutdownReason) => () => resolve(reason);
    process.once("SIGINT", on("SIGINT"));
    process.once("SIGTERM", on("SIGTERM"));
    // Later signals while shutting down are absorbed: the stop has its own time limit.
    process.on("SIGINT", () => {});
    process.on("SIGTERM", () => {});
    if (opts.onDisconnect && process.send) process.once("disconnect", on("disconnect"));
  });
}

/** Waits for `work`, but no longer than `ms`: shutdown must finish even if a socket hangs. */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
