/**
 * Turning a file's bytes into text, as an editor would: UTF-8 with or without BOM, UTF-16 with
 * BOM, and GB18030 (a superset of GBK and GB2312, common on government sites), detected. Bytes
 * that are none of these, or look binary, get a clear error instead of mojibake.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly reason: 'binary' | 'undecodable'; readonly message: LocalizedReason };

export interface LocalizedReason {
  readonly zh: string;
  readonly en: string;
}

/** More control characters than this share of the text means binary data, not a report. */
const MAX_CONTROL_SHARE = 0.005;

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) n++;
  }
  return n / text.length;
}

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const BINARY: LocalizedReason = {
  zh: '这是二进制文件,不是文本报告',
  en: 'this is a binary file, not a text report',
};
const UNDECODABLE: LocalizedReason = {
  zh: '无法识别文件编码(既不是 UTF-8,也不是 GB18030/GBK)',
  en: 'cannot decode the file: it is neither UTF-8 nor GB18030/GBK',
};

/**
 * UTF-16 saved without a BOM (some Windows tools do), told by where its NUL bytes fall: the high
 * byte of every ASCII character (digits, line breaks) is NUL, at odd offsets in little-endian text
 * and even ones in big-endian. Some Chinese characters (`一` is U+4E00) put a NUL on the other
 * side, so one side must hold most of them, twice as many; binary data scatters them over both
 * (and, read as UTF-16, is full of control characters, which the caller checks too).
 */
function utf16WithoutBom(probe: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  let even = 0;
  let odd = 0;
  const n = probe.length & ~1;
  for (let i = 0; i < n; i += 2) {
    if (probe[i] === 0) even++;
    if (probe[i + 1] === 0) odd++;
  }
  // Enough NULs to tell (a line break or a digit in every few dozen characters), most on one side.
  if (even + odd < Math.max(2, n / 200)) return undefined;
  if (odd >= 2 * even) return 'utf-16le';
  if (even >= 2 * odd) return 'utf-16be';
  return undefined;
}

export function decodeReport(bytes: Uint8Array): Decoded {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const text = strict('utf-8', b.subarray(3));
    return text === undefined ? { ok: false, reason: 'undecodable', message: UNDECODABLE } : { ok: true, text, encoding: 'utf-8-bom' };
  }
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    const encoding = b[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strict(encoding, b.subarray(2));
    return text === undefined ? { ok: false, reason: 'undecodable', message: UNDECODABLE } : { ok: true, text, encoding };
  }
  // NUL never occurs in UTF-8 or GB18030 text; in UTF-16 it does, in a pattern.
  const probe = b.subarray(0, 64 * 1024);
  if (probe.includes(0)) {
    const encoding = b.length % 2 === 0 ? utf16WithoutBom(probe) : undefined;
    const text = encoding ? strict(encoding, b) : undefined;
    if (encoding && text !== undefined && controlShare(text) <= MAX_CONTROL_SHARE) return { ok: true, text, encoding };
    return { ok: false, reason: 'binary', message: BINARY };
  }
  const utf8 = strict('utf-8', b);
  if (utf8 !== undefined) {
    return controlShare(utf8) > MAX_CONTROL_SHARE ? { ok: false, reason: 'binary', message: BINARY } : { ok: true, text: utf8, encoding: 'utf-8' };
  }
  const gb = strict('gb18030', b);
  if (gb !== undefined && controlShare(gb) <= MAX_CONTROL_SHARE) return { ok: true, text: gb, encoding: 'gb18030' };
  return { ok: false, reason: controlShare(gb ?? '') > MAX_CONTROL_SHARE ? 'binary' : 'undecodable', message: gb === undefined ? UNDECODABLE : BINARY };
}
