import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { decodeIntentBundle, encodeIntentBundle } from "../../src/intent/bundle.ts";
import { intentClassifier, trainIntentModel } from "../../src/intent/classifier.ts";
import { PROJECT_ROOT } from "../fixtures/spawn.ts";

// The shipped content's model, as the Worker gets it (scripts/build.ts bundles it as JSON).
const trained = trainIntentModel(await loadContent(path.join(PROJECT_ROOT, "content")))!;

describe("the classifier bundled for the Worker", () => {
  it("comes back through JSON with the very same numbers, and guesses alike", () => {
    const back = decodeIntentBundle(JSON.parse(JSON.stringify(encodeIntentBundle(trained))));
    expect(back.areas).toEqual(trained.areas);
    expect(back.examples).toBe(trained.examples);
    expect(back.model.features).toEqual(trained.model.features);
    expect([...back.model.logPrior]).toEqual([...trained.model.logPrior]);
    expect(
      Buffer.from(back.model.logLikelihood.buffer).equals(Buffer.from(trained.model.logLikelihood.buffer)),
    ).toBe(true);
    const [a, b] = [intentClassifier(trained), intentClassifier(back)];
    for (const q of ["do they team up with others", "whats the gist", "best pizza in town", "kesimpulan?"])
      expect(b.guess(q)).toEqual(a.guess(q));
  });

  it("refuses a bundle that does not hold together", () => {
    const bundle = encodeIntentBundle(trained);
    expect(() => decodeIntentBundle({ ...bundle, logLikelihood: bundle.logLikelihood.slice(0, 4) })).toThrow(
      RangeError,
    );
    expect(() => decodeIntentBundle({ ...bundle, features: "a\nb" })).toThrow(/do not fit together/);
    expect(() =>
      decodeIntentBundle({ ...bundle, areas: ["overview", "nowhere"] as unknown as typeof bundle.areas }),
    ).toThrow(/unknown area/);
    // A damaged value is the classifier's to refuse, as for a model read from a file.
    const damaged = decodeIntentBundle({ ...bundle, logPrior: [Number.NaN, ...bundle.logPrior.slice(1)] });
    expect(() => intentClassifier(damaged)).toThrow(/finite/);
  });
});
