/**
 * Findings as SARIF 2.1.0, the format code-scanning tools read. Columns count UTF-16 code units,
 * SARIF's default and what the analysis uses.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_IDS } from '../analysis/config';
import { Finding } from '../analysis/findings';
import { LineIndex, Span } from '../analysis/text';

export interface SarifInput {
  readonly file: string;
  readonly lines: LineIndex;
  readonly findings: readonly { finding: Finding; fingerprint: string }[];
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const RULE_TEXT: Record<string, string> = {
  'heading-sequence': 'Broken heading numbering',
  'rate-mismatch': 'A rate its own counts contradict',
  'rate-granularity': 'A rate no whole count gives for its denominator',
  'rate-out-of-range': 'A share stated above 100%',
  'sum-mismatch': 'Parts that do not add up to the stated total',
  'part-exceeds-total': 'Parts that exceed their total',
  'growth-mismatch': 'Growth its own figures contradict',
  'restated-mismatch': 'The same figure stated twice with different values',
  'approximate-precise': 'A precise figure marked approximate',
};

function region(lines: LineIndex, span: Span) {
  const s = lines.positionAt(span.start);
  const e = lines.positionAt(span.end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function toSarif(inputs: readonly SarifInput[], language: 'zh' | 'en', cwd: string): object {
  const artifactUri = (file: string) => {
    const rel = path.relative(cwd, path.resolve(file));
    return rel.startsWith('..') || path.isAbsolute(rel) ? pathToFileURL(path.resolve(file)).href : rel.split(path.sep).join('/');
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'report-review',
            version: '0.1.0',
            rules: RULE_IDS.map((id) => ({ id, shortDescription: { text: RULE_TEXT[id] ?? id } })),
          },
        },
        results: inputs.flatMap(({ file, lines, findings }) =>
          findings.map(({ finding: f, fingerprint }) => ({
            ruleId: f.rule,
            level: LEVEL[f.severity],
            message: { text: f.message[language] },
            locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(file) }, region: region(lines, f.span) } }],
            ...(f.related.length > 0
              ? {
                  relatedLocations: f.related.map((r, id) => ({
                    id,
                    message: { text: r.message[language] },
                    physicalLocation: { artifactLocation: { uri: artifactUri(file) }, region: region(lines, r.span) },
                  })),
                }
              : {}),
            partialFingerprints: { 'reportReview/v1': fingerprint },
          })),
        ),
      },
    ],
  };
}
