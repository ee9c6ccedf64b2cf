/**
 * A local stand-in for the one Amazon Bedrock Runtime operation llm-summary uses, Converse, as the
 * API reference documents it (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html):
 * `POST /model/{modelId}/converse` with a JSON body (`messages` required; `system`, `inferenceConfig`,
 * `toolConfig`...), answered with `{ output: { message }, stopReason, usage, metrics }`; errors as
 * the REST-JSON protocol sends them: the HTTP status, header `x-amzn-ErrorType: <Name>` and body
 * `{ "message" }` (ValidationException 400, AccessDeniedException 403, ThrottlingException 429...).
 * The real `@aws-sdk/client-bedrock-runtime` talks to it through its `endpoint` setting, over
 * HTTP/2 (cleartext, prior knowledge) as that client does by default (its NodeHttp2Handler).
 *
 * It replays recorded exchanges (`test/fixtures/bedrock/*.json`: `{ status, body, headers? }`) in
 * order, the last one again once the script is used up. It checks what AWS would refuse before
 * the model runs: a request not signed with SigV4 (403), an unknown model id, a body that is not
 * JSON or has no messages, a `toolChoice` naming no defined tool (400 ValidationException).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Http2Server, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';

/** One recorded HTTP answer of the Converse operation. */
export interface RecordedExchange {
  status: number;
  /** The response body (a Converse response, or `{ message }` for an error). */
  body: unknown;
  /** Response headers, e.g. `{ "x-amzn-ErrorType": "ThrottlingException" }`. */
  headers?: Record<string, string>;
  /** Where the exchange comes from (kept in the fixture, not sent). */
  source?: string;
}

/** One request the stand-in received. */
export interface BedrockStandInRequest {
  modelId: string;
  body: Record<string, unknown> | null;
  status: number;
}

/** A running stand-in. */
export interface BedrockStandIn {
  /** `http://127.0.0.1:PORT`: the client's `endpoint`. */
  endpoint: string;
  requests: BedrockStandInRequest[];
  /** Replace the script of answers (served in order, the last one repeated). */
  replay(script: RecordedExchange[]): void;
  stop(): Promise<void>;
}

/** Read a recorded exchange from a fixture file. @throws Error when it has no numeric status or no body. */
export function loadRecordedExchange(file: string): RecordedExchange {
  const x = JSON.parse(readFileSync(file, 'utf8')) as RecordedExchange;
  if (typeof x.status !== 'number' || x.body === undefined) throw new Error(`${file}: a recorded exchange needs "status" and "body"`);
  return x;
}

async function readBody(req: Http2ServerRequest): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Why AWS would refuse the request before any model ran, or null. */
function refusal(body: Record<string, unknown> | null): string | null {
  if (!body) return 'the request body is not JSON';
  if (!Array.isArray(body.messages) || body.messages.length === 0) return '1 validation error detected: Value at \'messages\' failed to satisfy constraint: Member must not be null';
  const tc = body.toolConfig as { tools?: { toolSpec?: { name?: string } }[]; toolChoice?: { tool?: { name?: string } } } | undefined;
  const chosen = tc?.toolChoice?.tool?.name;
  if (chosen && !(tc?.tools ?? []).some((t) => t.toolSpec?.name === chosen)) return `The tool choice ${chosen} is not one of the tools defined`;
  return null;
}

/**
 * Start the stand-in on 127.0.0.1 (a free port unless `port`).
 * @param opts.models model ids it knows (others: 400 ValidationException "The provided model identifier is invalid.").
 * @param opts.script the answers to replay, in order.
 */
export async function startBedrockStandIn(opts: { models: string[]; script?: RecordedExchange[]; port?: number }): Promise<BedrockStandIn> {
  let script = opts.script ?? [];
  let served = 0;
  const requests: BedrockStandInRequest[] = [];
  const send = (res: Http2ServerResponse, x: RecordedExchange) => {
    const headers = Object.fromEntries(Object.entries(x.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    res.writeHead(x.status, { 'content-type': 'application/json', 'x-amzn-requestid': `standin-${requests.length}`, ...headers });
    res.end(JSON.stringify(x.body));
  };
  const error = (status: number, type: string, message: string): RecordedExchange => ({ status, headers: { 'x-amzn-ErrorType': type }, body: { message } });

  const server: Http2Server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      const m = /^\/model\/([^/]+)\/converse$/.exec((req.url ?? '').split('?')[0]!);
      let body: Record<string, unknown> | null = null;
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        body = null;
      }
      const modelId = m ? decodeURIComponent(m[1]!) : '';
      let answer: RecordedExchange;
      if (req.method !== 'POST' || !m) answer = error(404, 'UnknownOperationException', `no such operation: ${req.method} ${req.url}`);
      else if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) answer = error(403, 'AccessDeniedException', 'the request is not signed with SigV4');
      else if (!opts.models.includes(modelId)) answer = error(400, 'ValidationException', 'The provided model identifier is invalid.');
      else if (refusal(body)) answer = error(400, 'ValidationException', refusal(body)!);
      else if (script.length === 0) answer = error(500, 'InternalServerException', 'the stand-in has no recorded answer to replay');
      else answer = script[Math.min(served++, script.length - 1)]!;
      requests.push({ modelId, body, status: answer.status });
      send(res, answer);
    })().catch((e: Error) => {
      res.writeHead(500);
      res.end(JSON.stringify({ message: e.message }));
    });
  });
  // HTTP/2 sessions stay open between requests: close them on stop, as server.close() waits for them
  const sessions = new Set<import('node:http2').ServerHttp2Session>();
  server.on('session', (s) => {
    sessions.add(s);
    s.on('close', () => sessions.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    replay(next) {
      script = next;
      served = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sessions) s.destroy();
      }),
  };
}
