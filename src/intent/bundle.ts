import { AREA_IDS, type AreaId } from "../content/areas.ts";
import type { IntentModelData } from "./classifier.ts";

/**
 * The trained classifier as plain JSON, for the Cloudflare Worker's bundle (scripts/build.ts): training on
 * several thousand examples takes about a tenth of a second of CPU, more than a Workers Free request may
 * spend (10 ms), while reading this back takes a few milliseconds. The log-likelihoods travel as the bytes
 * of their Float64Array in base64, so the Worker computes with exactly the numbers Node does. No Node
 * module: it runs in the Worker.
 */
export interface IntentBundle {
  areas: AreaId[];
  examples: number;
  /** The sorted features, one per line (a feature never holds a line break). */
  features: string;
  logPrior: number[];
  /** Float64Array bytes, little-endian as every platform Safir runs on, in base64. */
  logLikelihood: string;
}

export function encodeIntentBundle(data: IntentModelData): IntentBundle {
  const { features, logPrior, logLikelihood } = data.model;
  if (features.some((f) => f.includes("\n"))) throw new RangeError("a feature holds a line break");
  const bytes = new Uint8Array(logLikelihood.buffer, logLikelihood.byteOffset, logLikelihood.byteLength);
  let binary = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return {
    areas: data.areas,
    examples: data.examples,
    features: features.join("\n"),
    logPrior: [...logPrior],
    logLikelihood: btoa(binary),
  };
}

/**
 * The model of a bundle; throws when it does not hold together (the classifier then checks its values and
 * order: src/intent/naive-bayes.ts).
 */
export function decodeIntentBundle(bundle: IntentBundle): IntentModelData {
  if (!bundle.areas.every((a) => AREA_IDS.includes(a)))
    throw new RangeError("the bundle names an unknown area");
  const binary = atob(bundle.logLikelihood);
  if (binary.length % 8 !== 0) throw new RangeError("the bundle's log-likelihoods are cut short");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const features = bundle.features === "" ? [] : bundle.features.split("\n");
  const logLikelihood = new Float64Array(bytes.buffer);
  const logPrior = Float64Array.from(bundle.logPrior);
  if (logLikelihood.length !== features.length * logPrior.length)
    throw new RangeError("the bundle's arrays do not fit together");
  return { areas: bundle.areas, examples: bundle.examples, model: { features, logPrior, logLikelihood } };
}
