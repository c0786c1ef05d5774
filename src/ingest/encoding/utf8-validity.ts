/** What a UTF-8 validity scan found: enough to tell UTF-8, UTF-8 cut short, damaged UTF-8 and another encoding apart. */
export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes (accented letters, €, «»…). */
  multibyte: number;
  /** Bytes that belong to no well-formed sequence. */
  invalid: number;
  /** Bytes of an incomplete sequence at the very end (the file was cut mid-character): 0 to 3. */
  truncatedTail: number;
}

/** Scans bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) {
      invalid += 1;
      index += 1;
      continue;
    }
    const available = Math.min(length, bytes.length - index);
    let valid = 1;
    while (valid < available && isContinuation(bytes[index + valid] ?? 0, lead, valid)) valid += 1;
    if (valid === length) {
      multibyte += 1;
      index += length;
    } else if (index + valid === bytes.length) {
      return { multibyte, invalid, truncatedTail: valid };
    } else {
      invalid += 1;
      index += 1;
    }
  }
  return { multibyte, invalid, truncatedTail: 0 };
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The second byte's range depends on the lead byte (excludes overlongs, surrogates and > U+10FFFF). */
function isContinuation(byte: number, lead: number, position: number): boolean {
  if (position === 1) {
    if (lead === 0xe0) return byte >= 0xa0 && byte <= 0xbf;
    if (lead === 0xed) return byte >= 0x80 && byte <= 0x9f;
    if (lead === 0xf0) return byte >= 0x90 && byte <= 0xbf;
    if (lead === 0xf4) return byte >= 0x80 && byte <= 0x8f;
  }
  return byte >= 0x80 && byte <= 0xbf;
}
