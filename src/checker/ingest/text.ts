// Decoding text files: UTF-8 (with or without BOM), UTF-16LE/BE, GB18030/GBK — what county
// offices send. Valid UTF-8 is taken as UTF-8; otherwise chardet guesses and GB18030 (a superset
// of GBK and GB2312) is the default for Chinese government text.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of characters that plausibly occur in a Chinese report (CJK, ASCII, punctuation). */
function plausible(text: string): number {
  if (!text) return 0;
  let ok = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      (c >= 0x3000 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f)
    )
      ok++;
  }
  return ok / text.length;
}

/** Guesses UTF-16 without a BOM: NUL bytes on one side only, and text that reads as Chinese. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  // CJK code points like U+4E00 put a NUL on the other side too, so compare, don't require zero
  const side = oddZero > 3 * evenZero ? 'utf-16le' : evenZero > 3 * oddZero ? 'utf-16be' : null;
  if (!side) return null;
  return plausible(iconv.decode(Buffer.from(bytes.subarray(0, n)), side)) > 0.9 ? side : null;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  }
  const wide = utf16Guess(bytes);
  if (wide) return { text: iconv.decode(Buffer.from(bytes), wide), encoding: wide };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to detection
  }
  const guesses = chardet.analyse(bytes);
  const top = guesses[0];
  let encoding = 'gb18030';
  // only a confident guess of another CJK or Unicode encoding overrides GB18030
  if (top && top.confidence >= 60 && /^(big5|utf-16le|utf-16be|euc-jp|shift_jis)$/i.test(top.name)) {
    encoding = top.name.toLowerCase();
  }
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

/** True when the bytes look like binary data rather than text in any encoding we read. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (
    utf16Guess(bytes) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  ) {
    return false;
  }
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.05;
}
