/**
 * Sentences within a paragraph, for smart select. A sentence runs up to and including its end
 * mark (`。！？；` and their ASCII forms) and any closing quote or bracket right after it.
 */
import { codeSet, indexOfAny, Span, trimSpan } from './text';

const END = codeSet('。！？；!?;');
const CLOSERS = codeSet('”’」』)）】');

/** The sentence of `text[start, end)` that contains `offset`. */
export function sentenceAt(text: string, start: number, end: number, offset: number): Span {
  let sentenceStart = start;
  for (let stop = indexOfAny(text, END, start, end); stop >= 0; stop = indexOfAny(text, END, sentenceStart, end)) {
    let sentenceEnd = stop + 1;
    while (sentenceEnd < end && (END.has(text.charCodeAt(sentenceEnd)) || CLOSERS.has(text.charCodeAt(sentenceEnd)))) sentenceEnd++;
    if (offset < sentenceEnd) return trimSpan(text, sentenceStart, sentenceEnd);
    sentenceStart = sentenceEnd;
  }
  return trimSpan(text, sentenceStart, end);
}
