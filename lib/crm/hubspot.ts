/**
 * HubSpot as the CRM (CRM v3 objects API over `fetch`). Per sync:
 * 1. contact: search by email, then phone, then the session that created it
 *    (`trialist_first_session`); create it when none is found;
 * 2. exactly one Call engagement per session: search calls by `trialist_session_id`, create only
 *    when none exists (associated to the contact, association type 194 call→contact);
 * 3. contact properties `trialist_score`, `trialist_tier`, `trialist_next_step` (custom properties);
 * 4. for a hot lead, one task per session for the contact's owner (`hubspot_owner_id`), found the
 *    same way, associated with type 204 task→contact.
 * The custom properties must exist in the portal (docs/crm.md). A 429 waits `Retry-After` seconds
 * (bounded per call); 4xx other than 429 is permanent (`CrmPermanentError`); 5xx and network
 * errors are thrown as they are, for the event to be redelivered.
 *
 * Plain `fetch` against the documented CRM v3 object endpoints (POST /crm/v3/objects/{type}/search,
 * POST /crm/v3/objects/{type}, PATCH /crm/v3/objects/{type}/{id}), bearer token auth. Not
 * `@hubspot/api-client`: even its per-API sub-clients require node-fetch v2 (whatwg-url, tr46,
 * iconv-lite), 1.7 MB bundled against the Lambda's 1 MB target.
 */
import { CrmPermanentError, CrmRateLimitedError, type CrmClient, type CrmSyncPlan, type CrmSyncResult } from './types';

/** HubSpot-defined association types (https://developers.hubspot.com/docs/api/crm/associations). */
export const CALL_TO_CONTACT = 194;
export const TASK_TO_CONTACT = 204;

export interface HubSpotCrmOptions {
  accessToken: string;
  /** API base, default https://api.hubapi.com (the local stand-in in tests and the demo). */
  basePath?: string;
  /** Attempts per request when rate limited (429), default 4. */
  maxAttempts?: number;
  /** Longest Retry-After honoured within one invocation, ms (default 20,000); longer throws CrmRateLimitedError. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

type Obj = { id: string; properties: Record<string, string | null> };
type Search = { total: number; results: Obj[] };

interface HubSpotError {
  code?: number;
  headers?: Record<string, string>;
  message?: string;
}

/** A non-2xx HubSpot answer: HTTP status, response headers (lower-case names), body text. */
class HubSpotHttpError extends Error {
  constructor(readonly code: number, readonly headers: Record<string, string>, body: string) {
    super(body);
  }
}

type ObjectType = 'contacts' | 'calls' | 'tasks';
type Props = Record<string, string>;
type Association = { to: { id: string }; types: { associationCategory: string; associationTypeId: number }[] };

/** The CRM v3 object endpoints used here, for one object type. */
interface ObjectApi {
  searchApi: { doSearch(req: unknown): Promise<unknown> };
  basicApi: { create(req: { properties: Props; associations: Association[] }): Promise<unknown>; update(id: string, req: { properties: Props }): Promise<unknown> };
}

export class HubSpotCrm implements CrmClient {
  private readonly crm: { contacts: ObjectApi; objects: { calls: ObjectApi; tasks: ObjectApi } };
  private readonly basePath: string;
  private readonly accessToken: string;
  private readonly maxAttempts: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(opts: HubSpotCrmOptions) {
    this.basePath = (opts.basePath ?? 'https://api.hubapi.com').replace(/\/+$/, '');
    this.accessToken = opts.accessToken;
    this.crm = { contacts: this.objectApi('contacts'), objects: { calls: this.objectApi('calls'), tasks: this.objectApi('tasks') } };
    this.maxAttempts = opts.maxAttempts ?? 4;
    this.maxWaitMs = opts.maxWaitMs ?? 20_000;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** One HTTP request; JSON answer. @throws HubSpotHttpError on a non-2xx status; fetch's TypeError on network failure. */
  private async request(method: 'POST' | 'PATCH', path: string, body: unknown): Promise<unknown> {
    const res = await fetch(`${this.basePath}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.accessToken}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new HubSpotHttpError(res.status, Object.fromEntries(res.headers.entries()), text);
    return text ? JSON.parse(text) : {};
  }

  private objectApi(type: ObjectType): ObjectApi {
    const base = `/crm/v3/objects/${type}`;
    return {
      searchApi: { doSearch: (req) => this.request('POST', `${base}/search`, req) },
      basicApi: {
        create: (req) => this.request('POST', base, req),
        update: (id, req) => this.request('PATCH', `${base}/${encodeURIComponent(id)}`, req),
      },
    };
  }

  /** One request with 429 handling. @throws CrmPermanentError, CrmRateLimitedError, or the error as thrown (transient). */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        const err = e as HubSpotError;
        if (err.code === 429) {
          const header = Object.entries(err.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
          const waitMs = Math.max(0, Number(header ?? 1) * 1000 || 1000);
          if (attempt >= this.maxAttempts || waitMs > this.maxWaitMs) {
            throw new CrmRateLimitedError(`HubSpot ${what}: rate limited (Retry-After ${header ?? 'absent'} s) after ${attempt} attempt(s)`);
          }
          await this.sleep(waitMs);
          continue;
        }
        if (typeof err.code === 'number' && err.code >= 400 && err.code < 500) {
          throw new CrmPermanentError(`HubSpot ${what}: HTTP ${err.code}: ${(err.message ?? '').slice(0, 300)}`);
        }
        throw e;
      }
    }
  }

  private searchOne(api: ObjectApi['searchApi'], what: string, property: string, value: string, properties: string[] = []) {
    return this.call(what, () =>
      api.doSearch({ filterGroups: [{ filters: [{ propertyName: property, operator: 'EQ', value }] }], properties, limit: 1 }),
    ).then((r) => (r as Search).results[0] ?? null);
  }

  async sync(plan: CrmSyncPlan): Promise<CrmSyncResult> {
    const crm = this.crm;
    // 1. contact
    let contact: Obj | null = null;
    if (plan.contact.email) contact = await this.searchOne(crm.contacts.searchApi, 'contact search', 'email', plan.contact.email, ['hubspot_owner_id']);
    if (!contact && plan.contact.phone) contact = await this.searchOne(crm.contacts.searchApi, 'contact search', 'phone', plan.contact.phone, ['hubspot_owner_id']);
    if (!contact) contact = await this.searchOne(crm.contacts.searchApi, 'contact search', 'trialist_first_session', plan.session_id, ['hubspot_owner_id']);
    let contactCreated = false;
    if (!contact) {
      const [first, ...rest] = (plan.contact.name ?? '').split(/\s+/).filter(Boolean);
      const properties: Record<string, string> = { trialist_first_session: plan.session_id };
      if (plan.contact.email) properties.email = plan.contact.email;
      if (plan.contact.phone) properties.phone = plan.contact.phone;
      if (first) properties.firstname = first;
      if (rest.length) properties.lastname = rest.join(' ');
      contact = (await this.call('contact create', () => crm.contacts.basicApi.create({ properties, associations: [] }))) as unknown as Obj;
      contactCreated = true;
    }
    const contactId = contact.id;

    // 2. exactly one Call engagement per session
    let call = await this.searchOne(crm.objects.calls.searchApi, 'call search', 'trialist_session_id', plan.session_id);
    let callCreated = false;
    if (!call) {
      call = (await this.call('call create', () =>
        crm.objects.calls.basicApi.create({
          properties: {
            hs_timestamp: plan.call.started_at,
            hs_call_title: plan.call.title,
            hs_call_body: plan.call.body,
            hs_call_duration: String(plan.call.duration_ms),
            hs_call_status: 'COMPLETED',
            hs_call_direction: 'INBOUND',
            hs_call_recording_url: plan.call.record_uri.startsWith('http') ? plan.call.record_uri : '',
            trialist_session_id: plan.session_id,
            trialist_outcome: plan.call.outcome,
          },
          associations: [{ to: { id: contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: CALL_TO_CONTACT }] }],
        }),
      )) as unknown as Obj;
      callCreated = true;
    }

    // 3. lead properties
    await this.call('contact update', () =>
      crm.contacts.basicApi.update(contactId, {
        properties: { trialist_score: String(plan.lead.score), trialist_tier: plan.lead.tier, trialist_next_step: plan.lead.next_step },
      }),
    );

    // 4. a task for the owner when hot, once per session
    let taskId: string | null = null;
    let taskCreated = false;
    if (plan.task) {
      const task = plan.task;
      const existing = await this.searchOne(crm.objects.tasks.searchApi, 'task search', 'trialist_session_id', plan.session_id);
      if (existing) taskId = existing.id;
      else {
        const owner = contact.properties?.hubspot_owner_id;
        const created = (await this.call('task create', () =>
          crm.objects.tasks.basicApi.create({
            properties: {
              hs_timestamp: task.due_at,
              hs_task_subject: task.subject,
              hs_task_body: task.body,
              hs_task_status: 'NOT_STARTED',
              hs_task_priority: 'HIGH',
              hs_task_type: 'CALL',
              trialist_session_id: plan.session_id,
              ...(owner ? { hubspot_owner_id: owner } : {}),
            },
            associations: [{ to: { id: contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: TASK_TO_CONTACT }] }],
          }),
        )) as unknown as Obj;
        taskId = created.id;
        taskCreated = true;
      }
    }
    return { contact_id: contactId, contact_created: contactCreated, call_id: call.id, call_created: callCreated, task_id: taskId, task_created: taskCreated };
  }
}
