/**
 * Sentences within a paragraph, for smart select. A sentence runs up to and including its end
 * mark (`。！？；` and their ASCII forms) and any closing quote or bracket right after it.
 */
import { Span, trimSpan } from './text';

const END = /[。！？；!?;]+[”’」』)）】]*/g;

/** The sentence of `text[start, end)` that contains `offset`. */
export function sentenceAt(text: string, start: number, end: number, offset: number): Span {
  let sentenceStart = start;
  END.lastIndex = start;
  for (let m = END.exec(text); m && m.index < end; m = END.exec(text)) {
    const sentenceEnd = Math.min(end, m.index + m[0].length);
    if (offset < sentenceEnd) return trimSpan(text, sentenceStart, sentenceEnd);
    sentenceStart = sentenceEnd;
  }
  return trimSpan(text, sentenceStart, end);
}
