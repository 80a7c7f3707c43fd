/**
 * The user's display language, from `initialize`'s `locale`: Chinese unless the editor says
 * otherwise, because the reports and most of their reviewers are Chinese.
 */
import type { LocalizedText } from '../analysis/findings';

export type Language = 'zh' | 'en';

export function languageOf(locale: string | undefined): Language {
  if (!locale) return 'zh';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function pick(text: LocalizedText, language: Language): string {
  return text[language];
}
