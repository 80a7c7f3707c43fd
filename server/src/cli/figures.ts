/**
 * `report-review figures`: the figures table of each report (`analysis/figuresTable.ts`), written
 * report by report. CSV is UTF-8 with a byte order mark and CRLF line ends, so Excel and WPS open
 * it as is with the Chinese shown; JSON is one array of rows, each with its file.
 */
import { applyConfig, ReviewConfig } from '../analysis/config';
import { FILE_COLUMNS, figuresTable, csvHeader, csvLine } from '../presentation/figuresTable';
import { analyzeReport } from '../analysis/index';
import { ReportFormat } from '../analysis/reportModel';
import { placeText, WordPlace } from '../word/docx';
import { JsonArrayWriter } from './jsonStream';

interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly language: 'zh' | 'en';
}

/**
 * Writes the table of every input; returns how many could not be read. Files found in a folder
 * are tabled only if they read as reports, files named on the command line always are.
 */
export function writeFigures(
  inputs: readonly { readonly file: string; readonly explicit: boolean }[],
  format: 'csv' | 'json',
  io: Io,
  load: (file: string) => { readonly text: string; readonly places?: readonly (WordPlace | undefined)[] } | undefined,
  configFor: (file: string) => ReviewConfig,
  formatOf: (file: string) => ReportFormat,
): number {
  let unreadable = 0;
  const json = format === 'json' ? new JsonArrayWriter(io.stdout, [], []) : undefined;
  // Every line ends in CR before the LF the output adds: CRLF, as spreadsheets write CSV.
  if (!json) io.stdout(`\uFEFF${csvHeader(io.language, FILE_COLUMNS)}\r`);
  for (const input of inputs) {
    const loaded = load(input.file);
    if (!loaded) {
      unreadable++;
      continue;
    }
    const analysis = analyzeReport(loaded.text, { format: formatOf(input.file), forceReport: input.explicit });
    if (!analysis.model.isReport && !input.explicit) continue;
    const findings = applyConfig(analysis.findings, analysis.model, configFor(input.file));
    for (const row of figuresTable(analysis.model, findings)) {
      const place = loaded.places ? placeText(loaded.places[row.line - 1], io.language) ?? '' : '';
      if (json) {
        json.push({
          file: input.file,
          ...(loaded.places ? { place } : {}),
          section: row.section,
          line: row.line,
          column: row.column,
          endColumn: row.endColumn,
          written: row.written,
          label: row.label,
          value: row.value,
          unit: row.unit,
          qualifier: row.qualifier,
          qualifierKind: row.qualifierKind,
          roles: row.roles,
          relations: row.relations.map((r) => ({ text: r.text[io.language], agrees: r.agrees })),
          findings: row.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message[io.language] })),
        });
      } else io.stdout(`${csvLine(row, io.language, [input.file, place])}\r`);
    }
  }
  json?.end();
  return unreadable;
}
