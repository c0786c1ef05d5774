import { ColophonError } from '../errors.js';

/** Linear PCM as a speech engine writes it. */
export interface PcmFormat {
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
}

export interface PcmAudio {
  format: PcmFormat;
  /** The samples, interleaved, little-endian. */
  data: Uint8Array;
}

/** Reads a RIFF/WAVE file of 16-bit PCM: its format and its samples (a streamed file's unknown data size is read as "to the end"). */
export function readWav(bytes: Uint8Array, source: string): PcmAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw notWav(source, 'it is not a RIFF/WAVE file');
  let format: PcmFormat | undefined;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = tag(offset);
    const declared = view.getUint32(offset + 4, true);
    const body = offset + 8;
    const size = Math.min(declared, bytes.length - body);
    if (id === 'fmt ' && size >= 16) {
      const encoding = view.getUint16(body, true);
      format = { channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bitsPerSample: view.getUint16(body + 14, true) };
      if ((encoding !== 1 && encoding !== 0xfffe) || format.bitsPerSample !== 16 || format.channels < 1 || format.sampleRate < 8000) {
        throw notWav(source, `it is not 16-bit PCM (format ${encoding}, ${format.bitsPerSample} bits, ${format.channels} channel(s), ${format.sampleRate} Hz)`);
      }
    } else if (id === 'data') {
      if (!format) throw notWav(source, 'its data comes before its format');
      const frame = format.channels * 2;
      return { format, data: bytes.slice(body, body + size - (size % frame)) };
    }
    offset = body + declared + (declared % 2);
  }
  throw notWav(source, 'it has no data chunk');
}

/** A canonical 44-byte-header WAV file of the samples. */
export function writeWav(audio: PcmAudio): Uint8Array {
  const { channels, sampleRate, bitsPerSample } = audio.format;
  const bytes = new Uint8Array(44 + audio.data.length);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => [...value].forEach((character, index) => view.setUint8(offset + index, character.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + audio.data.length, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * (bitsPerSample / 8), true);
  view.setUint16(32, channels * (bitsPerSample / 8), true);
  view.setUint16(34, bitsPerSample, true);
  text(36, 'data');
  view.setUint32(40, audio.data.length, true);
  bytes.set(audio.data, 44);
  return bytes;
}

/** How many sample frames (one sample per channel) the audio holds. */
export function sampleFrames(audio: PcmAudio): number {
  return audio.data.length / (audio.format.channels * (audio.format.bitsPerSample / 8));
}

export function sameFormat(a: PcmFormat, b: PcmFormat): boolean {
  return a.channels === b.channels && a.sampleRate === b.sampleRate && a.bitsPerSample === b.bitsPerSample;
}

function notWav(source: string, reason: string): ColophonError {
  return new ColophonError('NARRATION_FAILED', `The speech engine's audio for ${source} cannot be used: ${reason}.`, {
    hint: 'The speech command must write a 16-bit PCM WAV file (to {out}, or to stdout).',
  });
}
