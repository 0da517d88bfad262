import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The format of Safir's compiled cache files (the search postings, the question classifier's model): a magic
 * word, the header's length, a JSON header carrying the SHA-256 of the payload, then the payload, aligned to 8
 * bytes so that typed arrays can view it in place. A file is used only when it is whole: its magic word and its
 * checksum hold; what the payload means is each reader's to check.
 */

const ALIGN = 8;

/** `n` rounded up to the payload's alignment, for laying typed arrays out in it. */
export const padded = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

export function encodeChecked(magic: string, header: object, payload: Buffer): Buffer {
  const sha256 = createHash("sha256").update(payload).digest("hex");
  const headerBytes = Buffer.from(JSON.stringify({ ...header, sha256 }), "utf8");
  const start = padded(magic.length + 4 + headerBytes.length);
  const out = Buffer.alloc(start + payload.length);
  out.write(magic, 0, "latin1");
  out.writeUInt32LE(headerBytes.length, magic.length);
  headerBytes.copy(out, magic.length + 4);
  payload.copy(out, start);
  return out;
}

/** The header and the payload (8-byte aligned) of a whole file; undefined, or a throw, for anything else. */
export function decodeChecked<H>(file: Buffer, magic: string): { header: H; payload: Buffer } | undefined {
  if (file.length < magic.length + 4 || file.toString("latin1", 0, magic.length) !== magic) return undefined;
  const headerLength = file.readUInt32LE(magic.length);
  const header = JSON.parse(file.toString("utf8", magic.length + 4, magic.length + 4 + headerLength)) as H & {
    sha256?: unknown;
  };
  const start = padded(magic.length + 4 + headerLength);
  // Typed arrays need aligned memory: a file read into a pooled buffer is copied once.
  const bytes = (file.byteOffset + start) % ALIGN === 0 ? file : Buffer.from(file);
  const payload = bytes.subarray(start);
  if (createHash("sha256").update(payload).digest("hex") !== header.sha256) return undefined;
  return { header, payload };
}

/** The file's bytes, or undefined when it is not there or cannot be read. */
export function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Best effort and atomic (write, then rename): a read-only disk only costs the next start its time. */
export function writeAtomically(file: string, bytes: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is not there or not writable: nothing was left behind
    }
  }
}
