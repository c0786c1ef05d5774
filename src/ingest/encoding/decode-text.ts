import type { IngestWarning } from '../../model/document.js';
import { guessLegacyEncoding } from './legacy-single-byte.js';
import { decodeSingleByte, isSingleByteEncoding } from './single-byte-decoder.js';
import { scanUtf8 } from './utf8-validity.js';

export interface DecodedText {
  text: string;
  /** WHATWG name of the encoding the text was read with: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-15… */
  encoding: string;
  warnings: IngestWarning[];
}

export interface DecodeOptions {
  /** The encoding the file itself declares (HTML `<meta charset>`), trusted unless the bytes contradict it. */
  declared?: string | undefined;
}

/**
 * Decodes a text file. In order: a byte-order mark (UTF-8, UTF-16 LE/BE); the declared encoding;
 * UTF-8 when the bytes are UTF-8 (a sequence cut off at the very end is dropped with INPUT_TRUNCATED);
 * UTF-8 with a few damaged bytes replaced by U+FFFD; else a Western single-byte encoding, guessed, with ENCODING_GUESSED.
 */
export function decodeText(bytes: Uint8Array, origin: string, options: DecodeOptions = {}): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3), origin);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', origin);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', origin);
  const declared = options.declared;
  if (declared && declared !== 'utf-8') {
    const text = isSingleByteEncoding(declared) ? decodeSingleByte(bytes, declared) : new TextDecoder(declared).decode(bytes);
    return { text, encoding: declared, warnings: [] };
  }
  return decodeUtf8(bytes, origin, declared);
}

function decodeUtf8(bytes: Uint8Array, origin: string, declared?: string): DecodedText {
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) {
    const whole = bytes.subarray(0, bytes.length - scan.truncatedTail);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(whole);
    const warnings: IngestWarning[] = scan.truncatedTail === 0 ? [] : [truncated(origin, 'its last character is cut off (an incomplete UTF-8 sequence)')];
    return { text, encoding: 'utf-8', warnings };
  }
  if (scan.multibyte >= 3 * scan.invalid) {
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
      warnings: [{
        code: 'ENCODING_GUESSED',
        message: `${origin} is UTF-8 with ${scan.invalid} damaged byte(s), shown as �. Check those places in the output, or re-save the file as UTF-8.`,
      }],
    };
  }
  const guess = guessLegacyEncoding(bytes);
  const said = declared ? `declares ${declared} but is not valid UTF-8` : 'is not UTF-8 and does not say which encoding it uses';
  return {
    text: decodeSingleByte(bytes, guess.encoding),
    encoding: guess.encoding,
    warnings: [{
      code: 'ENCODING_GUESSED',
      message: `${origin} ${said}; read as ${guess.encoding === 'iso-8859-15' ? 'ISO-8859-15 (Latin-9)' : 'Windows-1252 (Latin-1)'} because ${guess.evidence}. This is a guess: check the accents in the output, or re-save the file as UTF-8.`,
    }],
  };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', origin: string): DecodedText {
  const odd = bytes.length % 2 === 1;
  const text = new TextDecoder(encoding).decode(odd ? bytes.subarray(0, bytes.length - 1) : bytes);
  return { text, encoding, warnings: odd ? [truncated(origin, 'it ends with half a UTF-16 character')] : [] };
}

function truncated(origin: string, what: string): IngestWarning {
  return { code: 'INPUT_TRUNCATED', message: `${origin} looks truncated: ${what}. It was read up to there; check that the file is complete.` };
}
