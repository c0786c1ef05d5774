import { InvalidArgumentError } from 'commander';

/** `--keep 1h`, `90s`, `30m`, `2d`, or plain seconds → milliseconds. */
export function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i.exec(value.trim());
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(match?.[2] ?? 's').toLowerCase() as 'ms'];
  const ms = match ? Number(match[1]) * unit : Number.NaN;
  if (!(ms > 0)) throw new InvalidArgumentError(`expected a duration such as 90s, 30m, 1h or 2d; got "${value}".`);
  return ms;
}

/** `--max-upload 50MB`, `500KB`, `1GB`, or plain bytes → bytes. */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match?.[2] ?? 'b').toLowerCase() as 'b'];
  const bytes = match ? Math.floor(Number(match[1]) * unit) : Number.NaN;
  if (!(bytes >= 1)) throw new InvalidArgumentError(`expected a size such as 500KB, 50MB or 1GB; got "${value}".`);
  return bytes;
}

/** `--port 8080` → 8080 (0: any free port). */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535; got "${value}".`);
  return port;
}

/** `--allow-callbacks hooks.example.org,ci.example.org:8443` → the list. */
export function parseHosts(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((host) => host.trim()).filter(Boolean)];
}
