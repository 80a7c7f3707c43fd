/**
 * Whether a document's text is a report decoded with the wrong encoding: GBK/GB18030 bytes read
 * as UTF-8 leave replacement characters (U+FFFD) where the Chinese was, and read as a Western
 * code page they leave runs of accented Latin letters (`±¨¸æ` for `报告`). Pure, so it is tested
 * without an editor.
 */

export interface Misdecoding {
  /** How the wrong decoding shows. */
  readonly kind: 'replacement' | 'latin1';
  /** Characters that could not have been meant. */
  readonly count: number;
}

/** Fewer suspect characters than this are a stray byte, not a wrongly decoded file. */
const MIN_SUSPECT = 8;

/** Looks at most this far into a document: the start of a report says how it was decoded. */
const SAMPLE = 64 * 1024;

export function misdecoding(text: string): Misdecoding | undefined {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let replacement = 0;
  let latin = 0;
  let han = 0;
  let visible = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x20) continue;
    visible++;
    if (c === 0xfffd) replacement++;
    else if (c >= 0xa1 && c <= 0xff && c !== 0xb7 && c !== 0xd7) latin++; // · and × are written in Chinese text
    else if (/\p{Script=Han}/u.test(ch)) han++;
  }
  if (replacement >= MIN_SUSPECT && replacement * 50 >= visible) return { kind: 'replacement', count: replacement };
  // A Chinese report has next to no accented letters; one read as Latin-1 has them in place of every character.
  if (latin >= MIN_SUSPECT * 2 && latin > han * 4 && latin * 10 >= visible) return { kind: 'latin1', count: latin };
  return undefined;
}
