/**
 * Stand-ins for an S3 endpoint that fails, for tests and the fault bench: a server answering every
 * request with one HTTP status (S3's XML error body, e.g. 503 SlowDown/ServiceUnavailable), a
 * server that accepts connections and never answers, and a port where nothing listens.
 */
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';

/** A running stand-in. Always `stop()` it. */
export interface FaultyEndpoint {
  /** `http://127.0.0.1:PORT`. */
  endpoint: string;
  port: number;
  /** Requests (or connections, for the hanging server) received so far. */
  readonly hits: number;
  stop(): Promise<void>;
}

const S3_ERROR_CODES: Record<number, string> = { 403: 'AccessDenied', 500: 'InternalError', 503: 'ServiceUnavailable' };

/** An HTTP server answering every request with `status` and an S3-style XML error. */
export async function startStatusServer(status: number): Promise<FaultyEndpoint> {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits += 1;
    req.resume();
    req.on('end', () => {
      const code = S3_ERROR_CODES[status] ?? 'Error';
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>stand-in answers ${status}</Message><RequestId>local</RequestId></Error>`);
    });
  });
  const port = await listen(server);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    get hits() {
      return hits;
    },
    stop: async () => {
      server.closeAllConnections();
      await close(server);
    },
  };
}

/** A TCP server that accepts every connection, reads whatever is sent and never answers. */
export async function startHangingServer(): Promise<FaultyEndpoint> {
  let hits = 0;
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    hits += 1;
    sockets.add(socket);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    get hits() {
      return hits;
    },
    stop: async () => {
      for (const s of sockets) s.destroy();
      await close(server);
    },
  };
}

/** A localhost port nobody listens on (bound once, then released): connections are refused. */
export async function closedPort(): Promise<{ endpoint: string; port: number }> {
  const server = createTcpServer();
  const port = await listen(server);
  await close(server);
  return { endpoint: `http://127.0.0.1:${port}`, port };
}

function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : 0);
    });
  });
}

function close(server: Server | ReturnType<typeof createTcpServer>): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
