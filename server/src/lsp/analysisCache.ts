/**
 * One analysis per document version, shared by every request. The newest version of an open
 * document is analysed at most once; older results are dropped as soon as a newer version arrives.
 */
import { analyzeReport, Analysis } from '../analysis/index';

/** Languages the server reads, and what it offers in each. */
export type ServedLanguage = 'report' | 'plaintext' | 'markdown';

/**
 * Editors name plain text differently: VS Code `plaintext`, Neovim its filetype `text` (or an empty
 * string when filetype detection is off), some clients `txt`. All of them are read as plain text.
 */
const LANGUAGE_ALIASES: Readonly<Record<string, ServedLanguage>> = {
  report: 'report',
  plaintext: 'plaintext',
  text: 'plaintext',
  txt: 'plaintext',
  '': 'plaintext',
  markdown: 'markdown',
  md: 'markdown',
};

export function servedLanguage(languageId: string): ServedLanguage | undefined {
  return Object.prototype.hasOwnProperty.call(LANGUAGE_ALIASES, languageId) ? LANGUAGE_ALIASES[languageId] : undefined;
}

/** The size of a text in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export interface DocumentLike {
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  getText(): string;
}

interface Entry {
  readonly version: number;
  readonly languageId: string;
  readonly analysis: Analysis;
  /** Answers derived from this version (symbols, folding ranges), computed once each. */
  readonly derived: Map<string, unknown>;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  /** Drops every cached analysis, for a change (of limits) that affects them all. */
  clear(): void {
    this.entries.clear();
  }

  /**
   * Past this many bytes the checks are skipped (the outline is still built). Bytes of UTF-8, as
   * the file takes on disk: a Chinese character is three, so counting characters would let a
   * report three times the size the setting names be checked.
   */
  maxCheckedBytes = Number.POSITIVE_INFINITY;

  constructor(private readonly onCheckFailure: (uri: string, rule: string, error: string) => void) {}

  /** Whether this document is too large to check, under the current limit. */
  tooLargeToCheck(doc: DocumentLike): boolean {
    return utf8Length(doc.getText()) > this.maxCheckedBytes;
  }

  /** The analysis of this exact version, computing it if needed; undefined for a language not served. */
  get(doc: DocumentLike): Analysis | undefined {
    const lang = servedLanguage(doc.languageId);
    if (!lang) return undefined;
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version && cached.languageId === doc.languageId) return cached.analysis;
    const text = doc.getText();
    const analysis = analyzeReport(text, {
      format: lang === 'markdown' ? 'markdown' : 'plain',
      forceReport: lang === 'report',
      ...(utf8Length(text) > this.maxCheckedBytes ? { checks: [] } : {}),
    });
    for (const f of analysis.failures) this.onCheckFailure(doc.uri, f.rule, f.error);
    this.entries.set(doc.uri, { version: doc.version, languageId: doc.languageId, analysis, derived: new Map() });
    return analysis;
  }

  /**
   * A value derived from this version's analysis, computed on first use and kept until the
   * document changes: an outline asked for again by breadcrumbs and sticky scroll costs nothing.
   */
  derived<T>(doc: DocumentLike, key: string, compute: (analysis: Analysis) => T): T | undefined {
    const analysis = this.get(doc);
    if (!analysis) return undefined;
    const entry = this.entries.get(doc.uri)!;
    if (!entry.derived.has(key)) entry.derived.set(key, compute(analysis));
    return entry.derived.get(key) as T;
  }

  /** The analysis if the document is a report (by language or by its text), else undefined. */
  getReport(doc: DocumentLike): Analysis | undefined {
    const a = this.get(doc);
    return a && (servedLanguage(doc.languageId) === 'report' || a.model.isReport) ? a : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
