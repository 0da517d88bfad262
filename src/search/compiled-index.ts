import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeChecked, encodeChecked, padded, readIfThere, writeAtomically } from "../checked-file.ts";
import { codeFingerprint } from "../code-fingerprint.ts";
import type { Entry } from "../content/entry.ts";
import { contentOrigin } from "../content/snapshot.ts";
import { trainIntentModel } from "../intent/classifier.ts";
import { readIntentModel, writeIntentModel } from "../intent/model-file.ts";
import { buildIndex, indexPostings, type SearchIndex, type SearchTuning } from "./index.ts";
import { Postings, type PostingsData } from "./postings.ts";

/**
 * The search index's postings compiled beside the content snapshot (src/content/snapshot.ts): analysing the
 * text of 10,000 entries takes over a second, reading the arrays back a few milliseconds. The file is keyed
 * by the snapshot's content key (every content file and the loader's rules) and by the search code's own
 * fingerprint, and checked in full (a SHA-256 of its bytes, then every array's bounds) before use: a stale,
 * truncated or damaged file is rebuilt from the entries and replaced, never trusted. Node-only: the Worker
 * builds its index from the bundled entries (src/core.ts).
 */

// Set by the build (scripts/build.ts) to a hash of src/search/: the code the postings were computed by.
declare const __SAFIR_SEARCH_RULES__: string | undefined;
// Set by the build to a hash of src/intent/: the code (and chatter) the question classifier was trained by.
declare const __SAFIR_INTENT_RULES__: string | undefined;

const MAGIC = "SAFIRIX1";

/** The arrays of PostingsData, in file order; the terms' text comes first. */
const ARRAYS = [
  ["termStart", Uint32Array],
  ["docs", Uint32Array],
  ["weights", Float64Array],
  ["pairStart", Uint32Array],
  ["pairSecond", Uint32Array],
  ["phraseStart", Uint32Array],
  ["phraseDocs", Uint32Array],
  ["phraseWeights", Float64Array],
] as const;
type ArrayName = (typeof ARRAYS)[number][0];

interface Header {
  key: string;
  entries: number;
  terms: number;
  termBytes: number;
  lengths: Record<ArrayName, number>;
}

/**
 * The search index of entries loaded by `loadContentSnapshot`: from the compiled postings when they are
 * current, else built (and compiled for the next start). Entries from anywhere else are simply indexed.
 */
export function indexContent(entries: readonly Entry[], tuning: Partial<SearchTuning> = {}): SearchIndex {
  const origin = contentOrigin(entries);
  if (!origin) return buildIndex(entries, tuning);
  const file = compiledIndexPath(origin.file);
  const key = compiledIndexKey(origin.key);
  let postings = readCompiledPostings(file, key, entries.length);
  if (!postings) {
    postings = indexPostings(entries);
    writeCompiledPostings(file, key, entries.length, postings);
  }
  // The question classifier likewise, in its own file, read or trained only when a question needs it.
  const modelFile = intentModelPath(origin.file);
  const modelKey = intentModelKey(origin.key);
  return buildIndex(entries, tuning, postings, () => {
    const kept = readIntentModel(modelFile, modelKey);
    if (kept) return kept;
    const trained = trainIntentModel(entries);
    if (trained) writeIntentModel(modelFile, modelKey, trained);
    return trained;
  });
}

/** Beside the content snapshot it was trained from. */
export function intentModelPath(snapshotFile: string): string {
  return snapshotFile.replace(/\.json$/, "") + ".intent";
}

/** The content key and the fingerprints of the code that trains the model and reads questions for it. */
export function intentModelKey(contentKey: string): string {
  return createHash("sha256")
    .update(`${contentKey}\0intent:${intentRules()}\0search:${searchRules()}`)
    .digest("hex");
}

/** In a build, fixed at build time; from the TypeScript sources (tsx, tests), a hash of src/intent/. */
const intentRules = (): string =>
  typeof __SAFIR_INTENT_RULES__ === "string"
    ? __SAFIR_INTENT_RULES__
    : codeFingerprint(path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "intent"));

/** Beside the content snapshot it was compiled with, one per content folder. */
export function compiledIndexPath(snapshotFile: string): string {
  return snapshotFile.replace(/\.json$/, "") + ".index";
}

/** The content key and the search code's fingerprint: either changing makes the file stale. */
export function compiledIndexKey(contentKey: string): string {
  return createHash("sha256").update(`${contentKey}\0search:${searchRules()}`).digest("hex");
}

/** In a build, fixed at build time; from the TypeScript sources (tsx, tests), a hash of src/search/. */
const searchRules = (): string =>
  typeof __SAFIR_SEARCH_RULES__ === "string"
    ? __SAFIR_SEARCH_RULES__
    : codeFingerprint(path.dirname(fileURLToPath(import.meta.url)));

/** The postings in the file, if it is there, whole, and compiled under `key` for `entries` entries. */
export function readCompiledPostings(file: string, key: string, entries: number): Postings | undefined {
  const bytes = readIfThere(file);
  if (!bytes) return undefined; // none yet, or unreadable
  try {
    return decode(bytes, key, entries);
  } catch {
    return undefined; // damaged: built again and replaced
  }
}

/** Best effort: a read-only disk only costs the next start its time. */
export function writeCompiledPostings(file: string, key: string, entries: number, postings: Postings): void {
  const bytes = encode(postings.data(), key, entries);
  if (bytes) writeAtomically(file, bytes);
}

function encode(data: PostingsData, key: string, entries: number): Buffer | undefined {
  // Terms are words (letters, digits, an apostrophe): never a line break, but a file that could not be read
  // back the same is not written.
  if (data.terms.some((t) => t.includes("\n"))) return undefined;
  const termText = Buffer.from(data.terms.join("\n"), "utf8");
  const lengths = Object.fromEntries(ARRAYS.map(([name]) => [name, data[name].length])) as Record<
    ArrayName,
    number
  >;
  let size = padded(termText.length);
  for (const [name] of ARRAYS) size += padded(data[name].byteLength);
  const payload = Buffer.alloc(size);
  termText.copy(payload, 0);
  let at = padded(termText.length);
  for (const [name] of ARRAYS) {
    const array = data[name];
    payload.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += padded(array.byteLength);
  }
  const header: Header = { key, entries, terms: data.terms.length, termBytes: termText.length, lengths };
  return encodeChecked(MAGIC, header, payload);
}

/** Throws, or gives undefined, on anything but a whole, current file. */
function decode(file: Buffer, key: string, entries: number): Postings | undefined {
  const checked = decodeChecked<Header>(file, MAGIC);
  if (!checked) return undefined;
  const { header, payload } = checked;
  if (header.key !== key || header.entries !== entries) return undefined;
  const terms = header.terms === 0 ? [] : payload.toString("utf8", 0, header.termBytes).split("\n");
  if (terms.length !== header.terms) return undefined;
  let at = payload.byteOffset + padded(header.termBytes);
  const data = { terms } as PostingsData;
  for (const [name, Type] of ARRAYS) {
    const length = header.lengths[name];
    if (!Number.isInteger(length) || length < 0) return undefined;
    if (at + length * Type.BYTES_PER_ELEMENT > payload.byteOffset + payload.length) return undefined;
    (data as unknown as Record<ArrayName, Uint32Array | Float64Array>)[name] = new Type(
      payload.buffer as ArrayBuffer,
      at,
      length,
    );
    at += padded(length * Type.BYTES_PER_ELEMENT);
  }
  return wellFormed(data, entries) ? new Postings(data) : undefined;
}

/**
 * Every offset in range and in order, every entry number below `entries` and ascending within a list, every
 * weight a positive number: so that no file, whatever it holds, can make the search read out of bounds.
 */
function wellFormed(d: PostingsData, entries: number): boolean {
  const t = d.terms.length;
  const lists = (start: Uint32Array, count: number, end: number) => {
    if (start.length !== count + 1 || start[0] !== 0 || start[count] !== end) return false;
    for (let i = 0; i < count; i++) if (start[i]! > start[i + 1]!) return false;
    return true;
  };
  const ascending = (start: Uint32Array, values: Uint32Array, below: number) => {
    for (let l = 0; l + 1 < start.length; l++) {
      let last = -1;
      for (let k = start[l]!; k < start[l + 1]!; k++) {
        const v = values[k]!;
        if (v <= last || v >= below) return false;
        last = v;
      }
    }
    return true;
  };
  const positive = (weights: Float64Array) => weights.every((w) => w > 0 && Number.isFinite(w));
  return (
    d.docs.length === d.weights.length &&
    d.phraseDocs.length === d.phraseWeights.length &&
    lists(d.termStart, t, d.docs.length) &&
    lists(d.pairStart, t, d.pairSecond.length) &&
    lists(d.phraseStart, d.pairSecond.length, d.phraseDocs.length) &&
    ascending(d.termStart, d.docs, entries) &&
    ascending(d.pairStart, d.pairSecond, t) &&
    ascending(d.phraseStart, d.phraseDocs, entries) &&
    positive(d.weights) &&
    positive(d.phraseWeights)
  );
}
