/**
 * The one language of every text the extension shows: `reportReview.messageLanguage`, or VS
 * Code's display language under `auto`. The server follows the same setting for findings, hovers
 * and the outline, so the overview's frame, its findings and the client's own messages agree.
 */
import * as vscode from 'vscode';

export type Language = 'zh' | 'en';

export function messageLanguage(): Language {
  const setting = vscode.workspace.getConfiguration('reportReview').get<string>('messageLanguage', 'auto');
  if (setting === 'zh-cn' || setting === 'zh') return 'zh';
  if (setting === 'en') return 'en';
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** A text in the message language. */
export function say(text: { zh: string; en: string }): string {
  return text[messageLanguage()];
}
