import { type Server, type Socket, createServer } from 'node:net';

/**
 * Listeners on loopback that count every TCP connection they accept (not only HTTP requests: Chromium
 * preconnects sockets it never sends a request on), on 127.0.0.1 and, where the machine has it, on [::1].
 * Each answers a minimal HTTP response, so a navigation that does reach it commits.
 */
export interface ConnectionRecorder {
  /** `http://127.0.0.1:port` and, when available, `http://[::1]:port`. */
  origins: string[];
  /** Connections accepted so far, and the first line of what each sent (if anything). */
  connections(): { count: number; lines: string[] };
  /** Forgets what was counted and closes every open socket, so that what comes next needs a new connection. */
  reset(): void;
  /** Resolves once at least one connection was accepted, or after `limitMs` (for controls, which must see one). */
  waitForConnection(limitMs: number): Promise<number>;
  close(): Promise<void>;
}

export async function startConnectionRecorder(): Promise<ConnectionRecorder> {
  let count = 0;
  const lines: string[] = [];
  const sockets = new Set<Socket>();
  const onConnection = (socket: Socket) => {
    count += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', (data) => {
      lines.push(String(data).split('\r\n')[0] ?? '');
      socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 25\r\nconnection: close\r\n\r\n<p>root:x:0:0:leaked</p>');
    });
  };
  const servers: Server[] = [];
  const origins: string[] = [];
  for (const host of ['127.0.0.1', '::1']) {
    const server = createServer(onConnection);
    const port = await new Promise<number | undefined>((resolve) => {
      server.once('error', () => resolve(undefined));
      server.listen(0, host, () => resolve((server.address() as { port: number }).port));
    });
    if (port === undefined) continue;
    servers.push(server);
    origins.push(host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`);
  }
  return {
    origins,
    connections: () => ({ count, lines: [...lines] }),
    reset: () => {
      // An idle socket Chromium opened before (a preconnect's spare) would carry the next request without a new accept.
      for (const socket of sockets) socket.destroy();
      count = 0;
      lines.length = 0;
    },
    async waitForConnection(limitMs) {
      for (let waited = 0; count === 0 && waited < limitMs; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      return count;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

/** Lets Chromium act on what it was given before the listeners are read: a socket opened late still counts. */
export function settle(ms = 500): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
