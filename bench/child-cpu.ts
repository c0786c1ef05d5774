import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim() || 100);

/**
 * CPU time (user + system, ms) of this process's children that have ended and been waited for, their own waited-for
 * children included (Linux /proc/self/stat cutime + cstime): around a synchronous child, the CPU its whole process tree
 * used (a CLI's Chromium included). On a shared machine this is the fair measure: wall time counts other people's work.
 */
export function endedChildrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}
