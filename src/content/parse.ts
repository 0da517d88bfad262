import { type Document, isMap, isScalar, LineCounter, parseDocument, visit } from "yaml";
import type { ContentProblem, Entry } from "./entry.ts";
import { findMention, mentionProblems } from "./mentions.ts";
import { frontMatterSchema, LIMITS } from "./schema.ts";

/**
 * Bounds on one file's parse: a real front matter is a few kilobytes with a dozen keys, or up to about a hundred
 * with an area's example questions.
 */
export const PARSE_LIMITS = {
  frontMatterBytes: 192 * 1024,
  /** YAML aliases expanded at most (the yaml library's own guard against "billion laughs"). */
  aliases: 100,
  /** Problems reported per file; past it, one line says how many more there are. */
  problemsPerFile: 20,
} as const;

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
  if (yamlText.length > PARSE_LIMITS.frontMatterBytes) {
    return fail(
      `the front matter is ${yamlText.length} characters; at most ${PARSE_LIMITS.frontMatterBytes}`,
      2,
    );
  }
  const counter = new LineCounter();
  // The library's own unique-key check compares every key with every other (quadratic): ours is a Set.
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  // Line numbers in the file are one more than in the YAML text, because of the opening fence.
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? undefined : counter.linePos(offset).line + 1;
  for (const err of doc.errors) {
    problems.push({ file, line: lineOf(err.pos[0]) ?? 1, message: `bad YAML: ${firstLine(err.message)}` });
  }
  if (problems.length > 0) return capped(file, problems);
  for (const p of duplicateKeys(doc, lineOf)) problems.push({ file, ...p });
  if (problems.length > 0) return capped(file, problems);
  if (!isMap(doc.contents)) return fail("the front matter must be a YAML mapping of fields (key: value)", 2);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: PARSE_LIMITS.aliases });
  } catch (err) {
    // "Excessive alias count" (an alias bomb) and anything else the YAML cannot become.
    const message = err instanceof Error ? firstLine(err.message) : "unreadable";
    return fail(`the front matter cannot be read: ${message}`, firstAliasLine(doc, lineOf) ?? 2);
  }
  const result = frontMatterSchema.safeParse(data);
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
    for (const p of mentionProblems(fm)) {
      problems.push({ file, line: lineOfPath(doc, p.path, lineOf) ?? 2, message: p.message });
    }
  }
  if (problems.length > 0 || !fm) return capped(file, problems);
  return { entry: { ...fm, points, file }, problems };
}

/** At most PARSE_LIMITS.problemsPerFile problems, then one line saying how many more: the first ones show the fix. */
function capped(file: string, problems: ContentProblem[]): ParsedFile {
  const max = PARSE_LIMITS.problemsPerFile;
  if (problems.length <= max) return { problems };
  const kept = problems.slice(0, max);
  kept.push({
    file,
    ...(problems[max]?.line ? { line: problems[max].line } : {}),
    message: `…and ${problems.length - max} more problems in this file`,
  });
  return { problems: kept };
}

/** Every key that appears twice in the same mapping, at the line of its second appearance. Linear. */
function duplicateKeys(
  doc: Document,
  lineOf: (offset: number | undefined) => number | undefined,
): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        // Only plain keys can be compared by value; a mapping used as a key is left to the schema.
        if (!isScalar(key)) continue;
        const name = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(name)) {
          found.push({
            line: lineOf(key.range?.[0]) ?? 2,
            message: `the field '${String(key.value).slice(0, 60)}' appears twice: keep one`,
          });
          if (found.length > PARSE_LIMITS.problemsPerFile) return visit.BREAK;
        }
        seen.add(name);
      }
      return undefined;
    },
  });
  return found;
}

function firstAliasLine(
  doc: Document,
  lineOf: (offset: number | undefined) => number | undefined,
): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      line = lineOf(node.range?.[0]);
      return visit.BREAK;
    },
  });
  return line;
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
    const mention = findMention(point);
    if (mention) {
      problems.push({ file, line, message: `key points must not contain Discord mentions or links (${mention})` });
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
