/**
 * The editor's `reportReview.*` settings as the server reads them (pulled with
 * `workspace/configuration` when the client supports it), and their defaults.
 */
import { ReviewConfig, RULE_IDS, RuleSetting } from '../analysis/config';

export interface ServerSettings {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Language ids the server reads; others are ignored. */
  readonly languages: readonly string[];
  readonly autoDetectReports: boolean;
  /** Past this size (in bytes of UTF-8, as the setting's megabytes say) a report is outlined but its figures are not checked. */
  readonly maxCheckedBytes: number;
  /** `auto` follows the editor's display language; reviewers of Chinese reports often want Chinese anyway. */
  readonly messageLanguage: 'auto' | 'zh' | 'en';
}

export const DEFAULT_SETTINGS: ServerSettings = {
  rules: {},
  languages: ['report', 'plaintext', 'markdown'],
  autoDetectReports: true,
  maxCheckedBytes: 5 * 1024 * 1024,
  messageLanguage: 'auto',
};

const LEVELS = new Set(['off', 'info', 'warning', 'error', 'default']);

/** Reads the settings object leniently: a wrong value falls back to its default. */
export function readSettings(raw: unknown): ServerSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (typeof r.rules === 'object' && r.rules !== null) {
    for (const id of RULE_IDS) {
      const level = (r.rules as Record<string, unknown>)[id];
      if (typeof level === 'string' && LEVELS.has(level)) rules[id] = level as RuleSetting;
    }
  }
  const languages = Array.isArray(r.languages) && r.languages.every((l) => typeof l === 'string') ? (r.languages as string[]) : DEFAULT_SETTINGS.languages;
  const autoDetectReports = typeof r.autoDetectReports === 'boolean' ? r.autoDetectReports : true;
  const mb = typeof r.maxCheckedSizeMB === 'number' && r.maxCheckedSizeMB > 0 ? r.maxCheckedSizeMB : 5;
  const messageLanguage = r.messageLanguage === 'zh-cn' || r.messageLanguage === 'zh' ? 'zh' : r.messageLanguage === 'en' ? 'en' : 'auto';
  return { rules, languages, autoDetectReports, maxCheckedBytes: Math.round(mb * 1024 * 1024), messageLanguage };
}

export function settingsConfig(settings: ServerSettings): ReviewConfig {
  return { rules: settings.rules, dismissed: [] };
}
