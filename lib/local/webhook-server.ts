/**
 * A localhost HTTP server in front of a webhook handler core (the local stand-in for a Lambda
 * Function URL): POST bodies up to 1 MiB, header names lower-case as a Function URL passes them.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookRequest, WebhookResponse } from '../../lambdas/livekit-webhook/handler';

/** Largest webhook body accepted (bytes); LiveKit's are a few KB. */
const MAX_BODY_BYTES = 1024 * 1024;

/** A running server: its URL and how to stop it. */
export interface WebhookServer {
  url: string;
  close(): Promise<void>;
}

/** Serve `handler` at `http://127.0.0.1:PORT/livekit/webhook` (any path is accepted, POST only). */
export async function serveWebhooks(handler: (request: WebhookRequest) => Promise<WebhookResponse>, port = 0): Promise<WebhookServer> {
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413).end();
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (res.writableEnded) return;
      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
      handler({ body: Buffer.concat(chunks).toString('utf8'), headers })
        .then((r) => res.writeHead(r.statusCode, r.headers).end(r.body))
        .catch((e: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end((e as Error).message));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/livekit/webhook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
