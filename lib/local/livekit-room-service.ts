/**
 * A local stand-in for LiveKit's RoomService Twirp API (the LiveKit server cannot run here), for
 * the part the agent uses: `POST /twirp/livekit.RoomService/DeleteRoom` with a JSON body
 * `{"room": "<name>"}` and `Authorization: Bearer <access token>`, as livekit-server-sdk's
 * RoomServiceClient sends it. Like the server, it verifies the token (HS256, signed with the API
 * secret, issuer = API key) and requires the `roomCreate` video grant; it answers `{}` on success and
 * a Twirp JSON error (`{"code","msg"}`) otherwise: 401 unauthenticated, 403 permission_denied,
 * 404 bad_route, 400 malformed. Every request is recorded in `calls`, and `failNext` makes the next
 * requests answer 503 (to test an unreachable room service).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenVerifier } from 'livekit-server-sdk';

/** One request the stand-in received. */
export interface RoomServiceCall {
  method: string;
  /** `room` of the request body, when it had one. */
  room: string | null;
  /** HTTP status answered. */
  status: number;
  at: Date;
}

export interface LocalRoomServiceOptions {
  apiKey: string;
  apiSecret: string;
  /** Rooms that exist (DeleteRoom of another name still answers 200, as LiveKit does). */
  rooms?: Iterable<string>;
}

export class LocalRoomService {
  readonly calls: RoomServiceCall[] = [];
  readonly rooms: Set<string>;
  /** Answer this many next requests with 503 Unavailable. */
  failNext = 0;
  private server: Server | null = null;
  private readonly verifier: TokenVerifier;

  constructor(opts: LocalRoomServiceOptions) {
    this.rooms = new Set(opts.rooms ?? []);
    this.verifier = new TokenVerifier(opts.apiKey, opts.apiSecret);
  }

  /** Listen on 127.0.0.1 (a free port unless given); resolves with the base URL (http://127.0.0.1:PORT). */
  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    if (!this.server) throw new Error('LocalRoomService is not started');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** Names of the rooms DeleteRoom was answered 200 for, in order. */
  get deletedRooms(): string[] {
    return this.calls.filter((c) => c.method === 'DeleteRoom' && c.status === 200).map((c) => c.room ?? '');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const m = /^\/twirp\/livekit\.RoomService\/(\w+)$/.exec(req.url ?? '');
    const method = m?.[1] ?? req.url ?? '';
    let room: string | null = null;
    const answer = (status: number, body: unknown) => {
      this.calls.push({ method, room, status, at: new Date() });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || !m) return answer(404, { code: 'bad_route', msg: `no handler for ${req.method} ${req.url}` });
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { room?: unknown };
      room = typeof body.room === 'string' ? body.room : null;
    } catch {
      return answer(400, { code: 'malformed', msg: 'body is not JSON' });
    }
    if (this.failNext > 0) {
      this.failNext -= 1;
      return answer(503, { code: 'unavailable', msg: 'stand-in told to fail' });
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return answer(401, { code: 'unauthenticated', msg: 'no access token' });
    let grants;
    try {
      grants = await this.verifier.verify(token);
    } catch (e) {
      return answer(401, { code: 'unauthenticated', msg: `invalid token: ${(e as Error).message}` });
    }
    if (method !== 'DeleteRoom') return answer(404, { code: 'bad_route', msg: `stand-in does not implement ${method}` });
    if (!grants.video?.roomCreate) return answer(403, { code: 'permission_denied', msg: 'requires roomCreate' });
    if (!room) return answer(400, { code: 'invalid_argument', msg: 'room is required' });
    this.rooms.delete(room);
    return answer(200, {});
  }
}
