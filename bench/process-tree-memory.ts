import { readdirSync, readFileSync } from 'node:fs';

/**
 * Memory of a process and all its descendants (Chromium included), in MiB, from Linux /proc: the proportional
 * set size (Pss), so that pages Chromium's processes share are counted once, not once a process.
 */
export function processTreeRssMiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent is the 4th field of /proc/PID/stat, after the command name in parentheses.
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  // Pss is read for the tree's processes only: on a machine shared with thousands of processes, reading every
  // process's smaps_rollup took longer than the sampling interval and starved the benchmark's own event loop.
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += pssKiB(String(pid));
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** Samples the tree's memory every `intervalMs` (after the previous sample is taken) until stopped; returns the peak. */
export function watchPeakMemory(root: number, intervalMs = 200): { stop: () => number; samples: number[] } {
  const samples: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  const sample = () => {
    samples.push(processTreeRssMiB(root));
    timer = setTimeout(sample, intervalMs);
  };
  timer = setTimeout(sample, intervalMs);
  return { samples, stop: () => (clearTimeout(timer), Math.max(0, ...samples)) };
}

function pssKiB(pid: string): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
