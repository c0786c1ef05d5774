import { readFileSync } from 'node:fs';
import { composeDocument } from '../src/document/compose.js';
import { buildEpub } from '../src/epub/index.js';
import { ingest } from '../src/ingest/ingest.js';
import { sanitize } from '../src/sanitize/sanitize.js';
import JSZip from 'jszip';

/** CPU seconds of this process and of its children that have exited (espeak-ng, lame): /proc/self/stat, Linux only. */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // utime, stime, cutime, cstime are fields 14–17 of stat; here, after "pid (comm) ", indexes 11–14; clock ticks of 1/100 s.
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
}

/** Seconds of narration made per second of CPU (speech synthesis, MP3 encoding, the EPUB around them) for one article. */
export async function narrationThroughput(input: string): Promise<{ audioSeconds: number; cpuSeconds: number; audioSecondsPerCpuSecond: number }> {
  const document = composeDocument(sanitize(await ingest({ path: input })));
  const before = cpuSeconds();
  const { bytes } = await buildEpub(document, { narration: {} });
  const cpu = cpuSeconds() - before;
  const opf = await (await JSZip.loadAsync(bytes)).file('OEBPS/content.opf')!.async('string');
  const [hours, minutes, seconds] = /<meta property="media:duration">([^<]+)</.exec(opf)![1]!.split(':').map(Number) as [number, number, number];
  const audioSeconds = hours * 3600 + minutes * 60 + seconds;
  return { audioSeconds: Number(audioSeconds.toFixed(1)), cpuSeconds: Number(cpu.toFixed(1)), audioSecondsPerCpuSecond: Number((audioSeconds / cpu).toFixed(1)) };
}
