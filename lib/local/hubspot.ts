/**
 * A local stand-in for the few HubSpot CRM v3 endpoints crm-sync uses (lib/crm/hubspot.ts), as
 * documented at https://developers.hubspot.com/docs/api/crm/understanding-the-crm:
 * - `POST /crm/v3/objects/{contacts|calls|tasks}/search` (filterGroups with `EQ` filters),
 * - `POST /crm/v3/objects/{contacts|calls|tasks}` (create, with associations),
 * - `PATCH /crm/v3/objects/{contacts|calls|tasks}/{id}` (update properties).
 * Requests need `Authorization: Bearer <token>` (401 otherwise); an unknown object type or path is
 * 404. Objects are written as JSON files under `directory/{type}/{id}.json` (the demo lists them).
 * `rateLimitNext(n, seconds)` answers the next n requests with 429 and `Retry-After`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES = new Set(['contacts', 'calls', 'tasks']);

/** One stored CRM object as HubSpot returns it. */
export interface StandInObject {
  id: string;
  properties: Record<string, string>;
  associations: { to: { id: string }; types: { associationCategory: string; associationTypeId: number }[] }[];
  createdAt: string;
  updatedAt: string;
  archived: false;
}

export interface HubSpotStandIn {
  /** `http://127.0.0.1:PORT`, the basePath for the client. */
  url: string;
  token: string;
  /** Every request so far: method and path. */
  requests: { method: string; path: string; status: number }[];
  /** Objects of a type, oldest first. */
  list(type: 'contacts' | 'calls' | 'tasks'): StandInObject[];
  rateLimitNext(n: number, retryAfterSeconds: number): void;
  stop(): Promise<void>;
}

/** Start the stand-in on a free localhost port, persisting objects under `directory`. */
export async function startHubSpotStandIn(opts: { directory: string; token?: string; port?: number }): Promise<HubSpotStandIn> {
  const token = opts.token ?? 'local-hubspot-token';
  const requests: HubSpotStandIn['requests'] = [];
  let limited = 0;
  let retryAfter = 1;
  const file = (type: string, id: string) => path.join(opts.directory, type, `${id}.json`);
  const list = (type: string): StandInObject[] =>
    readdirSafe(path.join(opts.directory, type))
      .map((f) => JSON.parse(readFileSync(path.join(opts.directory, type, f), 'utf8')) as StandInObject)
      .sort((a, b) => Number(a.id) - Number(b.id));
  // ids are unique across types and restarts over the same directory
  let nextId = Math.max(1000, ...[...TYPES].flatMap((t) => list(t).map((o) => Number(o.id) + 1)));
  const save = (type: string, o: StandInObject) => {
    mkdirSync(path.join(opts.directory, type), { recursive: true });
    writeFileSync(file(type, o.id), `${JSON.stringify(o, null, 2)}\n`);
  };

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        requests.push({ method: req.method ?? '', path: req.url ?? '', status });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(value));
      };
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { status: 'error', category: 'INVALID_AUTHENTICATION', message: 'Authentication credentials not found.' });
      if (limited > 0) {
        limited -= 1;
        return send(429, { status: 'error', category: 'RATE_LIMITS', message: 'You have reached your secondly limit.' }, { 'retry-after': String(retryAfter) });
      }
      const m = /^\/crm\/v3\/objects\/([a-z]+)(?:\/([A-Za-z0-9]+))?\/?(?:\?.*)?$/.exec(req.url ?? '');
      if (!m || !TYPES.has(m[1]!)) return send(404, { status: 'error', category: 'OBJECT_NOT_FOUND', message: `unknown path ${req.url}` });
      const [, type, sub] = m as unknown as [string, string, string | undefined];
      let input: Record<string, unknown>;
      try {
        input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      } catch {
        return send(400, { status: 'error', category: 'VALIDATION_ERROR', message: 'Invalid JSON' });
      }
      const now = new Date().toISOString();
      if (req.method === 'POST' && sub === 'search') {
        const groups = (input.filterGroups ?? []) as { filters: { propertyName: string; operator: string; value: string }[] }[];
        const hits = list(type).filter((o) =>
          groups.length === 0 || groups.some((g) => g.filters.every((f) => f.operator === 'EQ' && (o.properties[f.propertyName] ?? '').toLowerCase() === String(f.value).toLowerCase())),
        );
        const limit = Number(input.limit ?? 10);
        return send(200, { total: hits.length, results: hits.slice(0, limit).map(({ associations: _a, ...o }) => o) });
      }
      if (req.method === 'POST' && sub === undefined) {
        const o: StandInObject = {
          id: String(nextId++),
          properties: Object.fromEntries(Object.entries((input.properties ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
          associations: (input.associations ?? []) as StandInObject['associations'],
          createdAt: now,
          updatedAt: now,
          archived: false,
        };
        save(type, o);
        const { associations: _a, ...out } = o;
        return send(201, out);
      }
      if (req.method === 'PATCH' && sub !== undefined) {
        const o = list(type).find((x) => x.id === sub);
        if (!o) return send(404, { status: 'error', category: 'OBJECT_NOT_FOUND', message: `${type} ${sub} not found` });
        Object.assign(o.properties, Object.fromEntries(Object.entries((input.properties ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)])));
        o.updatedAt = now;
        save(type, o);
        const { associations: _a, ...out } = o;
        return send(200, out);
      }
      return send(405, { status: 'error', category: 'METHOD_NOT_ALLOWED', message: `${req.method} ${req.url}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    requests,
    list: (type) => list(type),
    rateLimitNext(n, seconds) {
      limited = n;
      retryAfter = seconds;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
}
