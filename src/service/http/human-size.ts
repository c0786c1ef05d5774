/** 52428800 → `50 MB`, 200000 → `195 KB`: limits as people read them. */
export function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
