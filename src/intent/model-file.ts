import { decodeChecked, encodeChecked, padded, readIfThere, writeAtomically } from "../checked-file.ts";
import type { AreaId } from "../content/areas.ts";
import type { IntentModelData } from "./classifier.ts";

/**
 * The trained question classifier kept in a file beside the content snapshot (Node only): training on a few
 * thousand examples takes tens of milliseconds, which a one-shot `safir ask` would pay on every unsure
 * question; reading the arrays back takes a few. Keyed by the content and the code that trained it, and checked
 * in full (a SHA-256 of its bytes, then the arrays' sizes and values) before use: a stale, truncated or damaged
 * file is trained again and replaced, never trusted.
 */

const MAGIC = "SAFIRNB1";

interface Header {
  key: string;
  areas: AreaId[];
  examples: number;
  features: number;
  featureBytes: number;
  classes: number;
}

/** The model in the file, if it is there, whole, and trained under `key`. */
export function readIntentModel(file: string, key: string): IntentModelData | undefined {
  const bytes = readIfThere(file);
  if (!bytes) return undefined; // none yet, or unreadable
  try {
    // Sizes here; values and areas when the classifier is made of it (src/search/index.ts).
    return decode(bytes, key);
  } catch {
    return undefined; // damaged: trained again and replaced
  }
}

/** Best effort: a read-only disk only costs the next start its time. */
export function writeIntentModel(file: string, key: string, data: IntentModelData): void {
  const bytes = encode(data, key);
  if (bytes) writeAtomically(file, bytes);
}

function encode(data: IntentModelData, key: string): Buffer | undefined {
  const { features, logPrior, logLikelihood } = data.model;
  // A feature holds words and one space, never a line break; a file that could not be read back the same is
  // not written.
  if (features.some((f) => f.includes("\n"))) return undefined;
  const featureText = Buffer.from(features.join("\n"), "utf8");
  const payload = Buffer.alloc(padded(featureText.length) + logPrior.byteLength + logLikelihood.byteLength);
  featureText.copy(payload, 0);
  let at = padded(featureText.length);
  for (const array of [logPrior, logLikelihood]) {
    payload.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  }
  const header: Header = {
    key,
    areas: data.areas,
    examples: data.examples,
    features: features.length,
    featureBytes: featureText.length,
    classes: logPrior.length,
  };
  return encodeChecked(MAGIC, header, payload);
}

/** Throws, or gives undefined, on anything but a whole, current file. */
function decode(file: Buffer, key: string): IntentModelData | undefined {
  const checked = decodeChecked<Header>(file, MAGIC);
  if (!checked) return undefined;
  const { header, payload } = checked;
  if (header.key !== key) return undefined;
  const { features: count, classes } = header;
  if (![count, classes, header.featureBytes].every((n) => Number.isInteger(n) && n >= 0)) return undefined;
  const at = padded(header.featureBytes);
  if (at + (classes + count * classes) * 8 !== payload.length) return undefined;
  const features = count === 0 ? [] : payload.toString("utf8", 0, header.featureBytes).split("\n");
  if (features.length !== count) return undefined;
  const logPrior = new Float64Array(payload.buffer as ArrayBuffer, payload.byteOffset + at, classes);
  const logLikelihood = new Float64Array(
    payload.buffer as ArrayBuffer,
    payload.byteOffset + at + classes * 8,
    count * classes,
  );
  return { areas: header.areas, examples: header.examples, model: { features, logPrior, logLikelihood } };
}
