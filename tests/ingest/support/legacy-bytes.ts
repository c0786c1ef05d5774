import { decodeSingleByte, type SingleByteEncoding } from '../../../src/ingest/encoding/single-byte-decoder.js';

/**
 * Encodes text in a single-byte encoding, for fixture bytes. The table is the inverse of Colophon's decoder,
 * whose own correctness the encoding tests check against hand-written byte arrays.
 */
export function encodeSingleByte(text: string, encoding: SingleByteEncoding | 'iso-8859-1'): Uint8Array {
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const char = encoding === 'iso-8859-1' ? String.fromCharCode(byte) : decodeSingleByte(Uint8Array.of(byte), encoding);
    table.set(char, byte);
  }
  return Uint8Array.from(Array.from(text), (char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${encoding} has no byte for "${char}"`);
    return byte;
  });
}
