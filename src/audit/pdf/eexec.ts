/** The key of eexec encryption (the private part of a Type 1 font program, Adobe Type 1 Font Format, 7.2). */
export const EEXEC_KEY = 55665;
/** The key of charstring encryption (each glyph's charstring inside the private part). */
export const CHARSTRING_KEY = 4330;

const C1 = 52845;
const C2 = 22719;

/**
 * Type 1 decryption (Adobe Type 1 Font Format, 7.2): each plain byte is the cipher byte XOR the high byte of the
 * running key r, and r moves on with the cipher byte: r = (c + r) * c1 + c2 (mod 65536). The first `skip` plain bytes
 * are random padding (4 for eexec, lenIV for charstrings) and are dropped.
 */
export function decryptType1(cipher: Uint8Array, key: number, skip: number): Uint8Array {
  const plain = new Uint8Array(Math.max(0, cipher.length - skip));
  let r = key;
  for (let at = 0; at < cipher.length; at += 1) {
    const c = cipher[at]!;
    if (at >= skip) plain[at - skip] = c ^ (r >> 8);
    r = ((c + r) * C1 + C2) & 0xffff;
  }
  return plain;
}

/**
 * The eexec part as bytes: binary (as a PDF's FontFile holds it), or hexadecimal (as a PFA file does, which some
 * producers embed): the first four bytes all hex digits means hexadecimal (Adobe Type 1 Font Format, 7.2).
 */
export function eexecBytes(part: Uint8Array): Uint8Array {
  let start = 0;
  while (start < part.length && isSpace(part[start]!)) start += 1;
  const head = part.subarray(start, start + 4);
  if (head.length < 4 || !head.every(isHexDigit)) return part.subarray(start);
  const digits: number[] = [];
  for (let at = start; at < part.length; at += 1) {
    const byte = part[at]!;
    if (isHexDigit(byte)) digits.push(Number.parseInt(String.fromCharCode(byte), 16));
    else if (!isSpace(byte)) break;
  }
  const bytes = new Uint8Array(digits.length >> 1);
  for (let at = 0; at < bytes.length; at += 1) bytes[at] = (digits[at * 2]! << 4) | digits[at * 2 + 1]!;
  return bytes;
}

function isHexDigit(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0;
}
