import { readdirSync, readFileSync } from 'node:fs';

/**
 * Memory of a process and all its descendants (Chromium included), in MiB, from Linux /proc: the proportional
 * set size (Pss), so that pages Chromium's processes share are counted once, not once a process.
 */
export function processTreeRssMiB(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), pssKiB(entry));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** Samples the tree's memory every `intervalMs` until stopped; returns the peak. */
export function watchPeakMemory(root: number, intervalMs = 200): { stop: () => number; samples: number[] } {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(processTreeRssMiB(root)), intervalMs);
  return { samples, stop: () => (clearInterval(timer), Math.max(0, ...samples)) };
}

function pssKiB(pid: string): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
