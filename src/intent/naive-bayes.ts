/**
 * A multinomial naive Bayes classifier over counted features, with add-one smoothing: trained by counting, in
 * milliseconds, so it is trained from the content whenever an index needs it, with no model file to go stale.
 * Chosen over a logistic regression after measuring both on the question sets (docs/search.md, "Seventh
 * round"): with a few hundred examples per class it generalised better, with nothing to iterate or tune.
 */
export interface LabelledFeatures {
  features: ReadonlyMap<string, number>;
  label: number;
}

export interface NaiveBayes {
  readonly classes: number;
  /** Features seen in training. */
  readonly vocabularySize: number;
  /** The probability of each class, summing to 1; features never seen in training are ignored. */
  probabilities(features: ReadonlyMap<string, number>): Float64Array;
  /** What it learnt, as plain arrays: to be kept in a file and read back with `naiveBayesFromData`. */
  data(): NaiveBayesData;
}

/** A trained model: each class's log prior, and each feature's log-likelihood per class, row by row. */
export interface NaiveBayesData {
  /** In sorted order (JavaScript's default string order), each once. */
  features: string[];
  logPrior: Float64Array;
  /** Feature i's row is [i * classes, (i + 1) * classes), classes = logPrior.length. */
  logLikelihood: Float64Array;
}

/** Add-one (Laplace) smoothing: measured against 0.1 and 0.3, it turned chatter away best at the same recall. */
const ALPHA = 1;

export function trainNaiveBayes(examples: readonly LabelledFeatures[], classes: number): NaiveBayes {
  if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`classes must be a positive integer`);
  // Counts, then log-likelihoods, in one flat array: feature i's row is [i * classes, (i + 1) * classes).
  const featureAt = new Map<string, number>();
  let rows = new Float64Array(1024 * classes);
  const totals = new Float64Array(classes);
  const prior = new Float64Array(classes);
  for (const { features, label } of examples) {
    if (!(Number.isInteger(label) && label >= 0 && label < classes))
      throw new RangeError(`label ${label} is not one of ${classes} classes`);
    prior[label]! += 1;
    for (const [key, n] of features) {
      let i = featureAt.get(key);
      if (i === undefined) {
        i = featureAt.size;
        featureAt.set(key, i);
        if ((i + 1) * classes > rows.length) {
          const grown = new Float64Array(rows.length * 2);
          grown.set(rows);
          rows = grown;
        }
      }
      rows[i * classes + label]! += n;
      totals[label]! += n;
    }
  }
  const vocabulary = featureAt.size;
  const logPrior = prior.map((p) => Math.log((p + 1) / (examples.length + classes)));
  const denominators = totals.map((t) => Math.log(t + ALPHA * vocabulary));
  // Rows in the features' sorted order: a model read back from a file then needs no table built, only the
  // sorted list, searched by halves (src/intent/model-file.ts reads it in a few milliseconds).
  const features = [...featureAt.keys()].sort();
  const logLikelihood = new Float64Array(vocabulary * classes);
  features.forEach((key, to) => {
    const from = featureAt.get(key)!;
    for (let c = 0; c < classes; c++)
      logLikelihood[to * classes + c] = Math.log(rows[from * classes + c]! + ALPHA) - denominators[c]!;
  });
  return model(features, logPrior, logLikelihood);
}

/**
 * A model read back from its data; throws when the arrays do not fit together, the features are not in sorted
 * order (or one is listed twice), or a value is not a finite number.
 */
export function naiveBayesFromData(data: NaiveBayesData): NaiveBayes {
  const classes = data.logPrior.length;
  const { features } = data;
  if (classes < 1 || data.logLikelihood.length !== features.length * classes)
    throw new RangeError("the model's arrays do not fit together");
  for (let i = 1; i < features.length; i++)
    if (!(features[i - 1]! < features[i]!))
      throw new RangeError("the model's features are not in sorted order");
  if (!allFinite(data.logPrior) || !allFinite(data.logLikelihood))
    throw new RangeError("the model holds a value that is not a finite number");
  return model(features, data.logPrior, data.logLikelihood);
}

/** A plain loop, not `every`: a one-shot `safir ask` checks a few hundred thousand values before its JIT warms up. */
function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

function model(features: readonly string[], logPrior: Float64Array, logLikelihood: Float64Array): NaiveBayes {
  const classes = logPrior.length;
  /** The row of `key`, by halving the sorted list; -1 when it was never seen. */
  const rowOf = (key: string): number => {
    let lo = 0;
    let hi = features.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const f = features[mid]!;
      if (f === key) return mid;
      if (f < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  return {
    classes,
    vocabularySize: features.length,
    probabilities(counts) {
      const score = Float64Array.from(logPrior);
      for (const [key, n] of counts) {
        const i = rowOf(key);
        if (i < 0) continue;
        for (let c = 0; c < classes; c++) score[c]! += n * logLikelihood[i * classes + c]!;
      }
      let max = -Infinity;
      for (const s of score) if (s > max) max = s;
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += score[c] = Math.exp(score[c]! - max);
      for (let c = 0; c < classes; c++) score[c]! /= sum;
      return score;
    },
    data: () => ({ features: [...features], logPrior, logLikelihood }),
  };
}
