/** What the CLI reads and writes besides files: injected so tests run it in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  environment: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** stdout is a terminal: progress is drawn as a bar. */
  isTTY?: boolean;
}
