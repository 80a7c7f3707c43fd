/**
 * Findings as SARIF 2.1.0, the format code-scanning tools read. Columns count UTF-16 code units,
 * SARIF's default and what the analysis uses.
 *
 * Written as it goes, one result at a time: a run over many reports never holds the whole log in
 * memory, nor builds it as one string (which past 512 MB cannot exist at all).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_CHECKS } from '../analysis/checks/index';
import { Finding } from '../analysis/findings';
import { LineIndex, Span } from '../analysis/text';
import { JsonArrayWriter } from './jsonStream';
import { VERSION } from '../version';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function region(lines: LineIndex, span: Span) {
  const s = lines.positionAt(span.start);
  const e = lines.positionAt(span.end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

/**
 * The URI of a file as SARIF wants it: relative to `cwd` when below it, each segment
 * percent-encoded (`报告 1.txt` is `%E6%8A%A5%E5%91%8A%201.txt`), else an absolute `file:` URL.
 */
export function artifactUri(file: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return pathToFileURL(path.resolve(file)).href;
  return rel.split(path.sep).map(encodeURIComponent).join('/');
}

/** A SARIF log written to `write` result by result: `add` each report's findings, then `end`. */
export class SarifWriter {
  private readonly results: JsonArrayWriter;

  constructor(
    write: (text: string) => void,
    private readonly language: 'zh' | 'en',
    private readonly cwd: string,
  ) {
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'report-review',
              version: VERSION,
              rules: ALL_CHECKS.map((c) => ({
                id: c.rule,
                shortDescription: { text: c.title[this.language] },
                fullDescription: { text: c.description[this.language] },
                defaultConfiguration: { enabled: !c.defaultOff },
              })),
            },
          },
          results: [],
        },
      ],
    };
    this.results = new JsonArrayWriter(write, log, ['runs', 0, 'results']);
  }

  /**
   * `placeOf` names where a line stands in the file the reader opens, when that is not a text file:
   * the paragraph of a Word document (`第5段“全年共收到…”`), written as the result's logical location.
   */
  add(file: string, lines: LineIndex, findings: readonly { finding: Finding; fingerprint: string }[], placeOf?: (line: number) => string | undefined): void {
    const uri = artifactUri(file, this.cwd);
    for (const { finding: f, fingerprint } of findings) {
      const place = placeOf?.(lines.positionAt(f.span.start).line);
      this.results.push({
        ruleId: f.rule,
        level: LEVEL[f.severity],
        message: { text: f.message[this.language] },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(lines, f.span) }, ...(place ? { logicalLocations: [{ name: place, kind: 'paragraph' }] } : {}) }],
        ...(f.related.length > 0
          ? {
              relatedLocations: f.related.map((r, id) => ({
                id,
                message: { text: r.message[this.language] },
                physicalLocation: { artifactLocation: { uri }, region: region(lines, r.span) },
              })),
            }
          : {}),
        partialFingerprints: { 'reportReview/v1': fingerprint },
      });
    }
  }

  end(): void {
    this.results.end();
  }
}
