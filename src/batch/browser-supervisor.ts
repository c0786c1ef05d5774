import { type LaunchOptions, RenderingBrowser } from '../browser/rendering-browser.js';
import { ColophonError } from '../errors.js';

/**
 * Keeps one Chromium alive for a batch: when it crashes or a document hangs, the browser is killed and
 * launched again, and the documents that were using it fail with a typed error (the batch retries them).
 */
export class BrowserSupervisor {
  private current: Promise<RenderingBrowser>;
  private generation = 0;

  /** Times Chromium was restarted after a crash or a hang (the service's metrics report it). */
  get restarts(): number {
    return this.generation;
  }

  constructor(private readonly options: LaunchOptions) {
    this.current = RenderingBrowser.launch(options);
  }

  /** Runs `use` with the current browser, failing it after `timeoutMs`; a timeout or crash restarts Chromium. */
  async run<T>(label: string, timeoutMs: number, use: (browser: RenderingBrowser) => Promise<T>): Promise<T> {
    const generation = this.generation;
    const browser = await this.current;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ColophonError('BROWSER_FAILED', `${label} took longer than ${Math.round(timeoutMs / 1000)} s.`, {
        hint: 'Raise --timeout for very long documents; Chromium was restarted.',
      })), timeoutMs);
    });
    try {
      return await Promise.race([use(browser), timeout]);
    } catch (error) {
      if (!browser.connected || isTimeout(error)) await this.restart(generation);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills the browser of `generation` (once, whoever asks first) and launches a new one. */
  private async restart(generation: number): Promise<void> {
    if (generation !== this.generation) return;
    this.generation += 1;
    const old = this.current;
    this.current = old.then(
      async (browser) => {
        killProcessGroup(browser);
        await browser.close();
        return RenderingBrowser.launch(this.options);
      },
      () => RenderingBrowser.launch(this.options),
    );
    await this.current.catch(() => undefined);
  }

  /** The browser in use now (tests inject a crash through it). */
  browser(): Promise<RenderingBrowser> {
    return this.current;
  }

  async close(): Promise<void> {
    await (await this.current.catch(() => undefined))?.close();
  }
}

/**
 * SIGKILLs every process of a hung or crashed Chromium: the browser process leads a process group of its
 * own (puppeteer spawns it detached) holding its zygotes and renderers. Killing the browser process alone
 * leaves a renderer that cannot notice (stopped, or stuck) alive for the rest of the batch. SIGKILL also
 * ends stopped processes. Where there is no group (Windows), the browser process alone.
 */
function killProcessGroup(browser: RenderingBrowser): void {
  const pid = browser.process?.pid;
  if (pid === undefined) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    browser.process?.kill('SIGKILL');
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof ColophonError && error.code === 'BROWSER_FAILED' && /took longer than/.test(error.message);
}
