/**
 * Decoders for the two Western single-byte encodings, written out rather than taken from TextDecoder:
 * Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (ISO-8859-1), so ’ “ ” € œ — would be lost,
 * and Node builds with small ICU have no ISO-8859-15 at all.
 */
export type SingleByteEncoding = 'windows-1252' | 'iso-8859-15';

/** Windows-1252 0x80–0x9F (WHATWG Encoding); the five unassigned bytes map to the C1 control of the same number. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Where ISO-8859-15 differs from ISO-8859-1. */
const ISO_8859_15_CHANGES: Record<number, number> = {
  0xa4: 0x20ac, 0xa6: 0x0160, 0xa8: 0x0161, 0xb4: 0x017d, 0xb8: 0x017e, 0xbc: 0x0152, 0xbd: 0x0153, 0xbe: 0x0178,
};

/** True for the labels these decoders handle (TextDecoder's names: iso-8859-1 and ascii are windows-1252 there too). */
export function isSingleByteEncoding(encoding: string): encoding is SingleByteEncoding {
  return encoding === 'windows-1252' || encoding === 'iso-8859-15';
}

export function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  const codes = new Array<number>(bytes.length);
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (encoding === 'windows-1252') codes[index] = byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte;
    else codes[index] = ISO_8859_15_CHANGES[byte] ?? byte;
  }
  let text = '';
  for (let start = 0; start < codes.length; start += 8192) text += String.fromCharCode(...codes.slice(start, start + 8192));
  return text;
}
