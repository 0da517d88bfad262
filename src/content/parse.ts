import { type Document, isMap, LineCounter, parseDocument } from "yaml";
import type { ContentProblem, Entry } from "./entry.ts";
import { frontMatterSchema, LIMITS } from "./schema.ts";

export interface ParsedFile {
  entry?: Entry;
  problems: ContentProblem[];
}

const FENCE = /^---[ \t]*$/;

/**
 * Parses one content file: YAML front matter between `---` fences, then a body of `- ` key points.
 * Pure: the caller reads the file. Every problem names the file and, where it can, the line.
 */
export function parseEntryFile(file: string, raw: string): ParsedFile {
  const problems: ContentProblem[] = [];
  const fail = (message: string, line?: number): ParsedFile => {
    problems.push({ file, ...(line ? { line } : {}), message });
    return { problems };
  };
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  if (!FENCE.test(lines[0] ?? "")) {
    return fail("must start with a '---' line that opens the YAML front matter", 1);
  }
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) return fail("the front matter is never closed: add a '---' line after it", 1);

  const yamlText = lines.slice(1, close).join("\n");
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // Line numbers in the file are one more than in the YAML text, because of the opening fence.
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? undefined : counter.linePos(offset).line + 1;
  for (const err of doc.errors) {
    problems.push({ file, line: lineOf(err.pos[0]) ?? 1, message: `bad YAML: ${firstLine(err.message)}` });
  }
  if (problems.length > 0) return { problems };
  if (!isMap(doc.contents)) return fail("the front matter must be a YAML mapping of fields (key: value)", 2);

  const result = frontMatterSchema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      // An unknown field is reported on its parent; point at the field itself, where the fix is.
      const at = issue.code === "unrecognized_keys" && issue.keys[0] ? [...path, issue.keys[0]] : path;
      problems.push({
        file,
        line: lineOfPath(doc, at, lineOf) ?? 2,
        message: `${path.length ? `'${path.join(".")}' ` : ""}${issue.message}`,
      });
    }
  }

  const bodyStart = close + 2; // 1-based line number of the first body line
  const points = parsePoints(lines.slice(close + 1), bodyStart, file, problems);
  const fm = result.success ? result.data : undefined;
  if (fm) {
    const expectedName = `${fm.id}.md`;
    if (baseName(file) !== expectedName) {
      problems.push({
        file,
        line: lineOfPath(doc, ["id"], lineOf),
        message: `'id' is '${fm.id}', so the file must be named ${expectedName}`,
      });
    }
    if (fm.kind === "area" && fm.id !== fm.area) {
      problems.push({
        file,
        line: lineOfPath(doc, ["area"], lineOf),
        message: `an area entry's 'area' must equal its id '${fm.id}'`,
      });
    }
    if (fm.kind === "topic" && fm.id === fm.area) {
      problems.push({
        file,
        line: lineOfPath(doc, ["kind"], lineOf),
        message: `'${fm.id}' is an area id, so 'kind' must be 'area'`,
      });
    }
    if (fm.related.includes(fm.id)) {
      problems.push({
        file,
        line: lineOfPath(doc, ["related"], lineOf),
        message: "'related' must not list the entry itself",
      });
    }
  }
  if (problems.length > 0 || !fm) return { problems };
  return { entry: { ...fm, points, file }, problems };
}

function parsePoints(body: string[], firstLine: number, file: string, problems: ContentProblem[]): string[] {
  const points: string[] = [];
  const startLines: number[] = [];
  let total = 0;
  body.forEach((line, i) => {
    const lineNo = firstLine + i;
    if (line.trim() === "") return;
    const bullet = /^[-*][ \t]+(.*)$/.exec(line);
    if (bullet) {
      points.push(bullet[1]!.trim());
      startLines.push(lineNo);
    } else if (/^[ \t]+\S/.test(line) && points.length > 0) {
      // An indented line continues the previous point, as markdown would render it.
      points[points.length - 1] += ` ${line.trim()}`;
    } else {
      problems.push({
        file,
        line: lineNo,
        message: "the body holds key points only: start each line with '- '",
      });
      return;
    }
    total += line.length;
  });
  // Checked once per whole point (continuation lines included), reported at the line where it starts.
  points.forEach((point, i) => {
    const line = startLines[i]!;
    if (point.length > LIMITS.pointMax) {
      problems.push({
        file,
        line,
        message: `key point is ${point.length} characters; at most ${LIMITS.pointMax}`,
      });
    }
    if (/<@[!&]?\d+>|@everyone|@here/.test(point)) {
      problems.push({ file, line, message: "key points must not contain Discord mentions" });
    }
  });
  if (points.length === 0) {
    problems.push({ file, line: firstLine, message: "the body must list at least one key point ('- ...')" });
  } else if (points.length > LIMITS.pointsMax) {
    problems.push({
      file,
      line: firstLine,
      message: `the body has ${points.length} key points; at most ${LIMITS.pointsMax}`,
    });
  }
  if (total > LIMITS.bodyMax) {
    problems.push({
      file,
      line: firstLine,
      message: `the body is ${total} characters; at most ${LIMITS.bodyMax}`,
    });
  }
  return points;
}

/** The line of the deepest node of `path` that exists in the document (a missing key points at its parent). */
function lineOfPath(
  doc: Document,
  path: (string | number)[],
  lineOf: (offset: number | undefined) => number | undefined,
): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineOf(range[0]);
  }
  return undefined;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1);
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
