import { ColophonError } from '../errors.js';
import { runCommand } from './run-command.js';

export const LAME_INSTALL_HINT = 'Install lame (Debian/Ubuntu: sudo apt-get install -y lame, or bash scripts/install-system-deps.sh).';

// Sample rates MP3 has (MPEG-1, 2 and 2.5): LAME keeps the engine's rate when it is one of them.
const MP3_RATES = [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000];

/**
 * Encodes a WAV file as MP3 (audio/mpeg, a core media type of EPUB 3) with LAME: constant 48 kb/s mono at the
 * engine's own sample rate, no ID3 tag, no ReplayGain analysis — nothing that varies from one run to the next,
 * so the same samples always give the same bytes.
 */
export async function encodeMp3(wav: Uint8Array, sampleRate: number): Promise<Uint8Array> {
  if (!MP3_RATES.includes(sampleRate)) {
    throw new ColophonError('NARRATION_FAILED', `The speech engine writes ${sampleRate} Hz audio, which MP3 cannot hold.`, {
      hint: `Make the engine write one of ${MP3_RATES.join(', ')} Hz.`,
    });
  }
  const argv = ['lame', '--quiet', '--noreplaygain', '-m', 'm', '--cbr', '-b', '48', '--resample', String(sampleRate / 1000), '-', '-'];
  return runCommand(argv, { stdin: wav, timeoutMs: 600_000, purpose: 'the MP3 encoder', installHint: LAME_INSTALL_HINT });
}

const BITRATES_KBPS: Readonly<Record<'1' | '2', readonly number[]>> = {
  '1': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const RATES: Readonly<Record<number, readonly number[]>> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** How long an MP3 (Layer III) file plays: its frames counted one by one, each 1152 (MPEG-1) or 576 (MPEG-2, 2.5) samples. */
export function mp3Duration(bytes: Uint8Array): number {
  let offset = 0;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) offset = 10 + (((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f));
  let samples = 0;
  let sampleRate = 0;
  while (offset + 4 <= bytes.length) {
    const [b0, b1, b2] = [bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!];
    const version = (b1 >> 3) & 0x3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    const layer = (b1 >> 1) & 0x3; // 1: Layer III
    const bitrate = BITRATES_KBPS[version === 3 ? '1' : '2'][b2 >> 4] ?? 0;
    const rate = RATES[version]?.[(b2 >> 2) & 0x3];
    if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0 || layer !== 1 || version === 1 || !rate || bitrate === 0) break;
    const frameSamples = version === 3 ? 1152 : 576;
    offset += Math.floor(((frameSamples / 8) * bitrate * 1000) / rate) + ((b2 >> 1) & 0x1);
    samples += frameSamples;
    sampleRate = rate;
  }
  return sampleRate === 0 ? 0 : samples / sampleRate;
}
