/**
 * The caller's number as the agent's records and caller memory know it: its keyed hash under the
 * process's current key (lib/privacy/phone-hash.ts), never the number. Apart from
 * ./caller-identity.ts (pure, bundled into the Lambdas) because the key is loaded by lib/privacy,
 * which can fetch it from Secrets Manager: only the agent and its tools import this module.
 */
import { phoneHasher } from './privacy/phone-hash';

/**
 * The keyed hash of the caller's number under the process's current key (lib/privacy/phone-hash.ts
 * `phoneHasher`), with that key's id: what the record, caller memory and alerts key the caller by.
 * Nulls when there is no number (or it is not one).
 */
export function callerPhoneHash(phone: string | null): { hash: string | null; key_id: string | null } {
  const keyed = phoneHasher().hash(phone);
  return { hash: keyed?.hash ?? null, key_id: keyed?.key_id ?? null };
}

/**
 * The participant identity as the record keeps it: the caller's phone number, if the identity holds
 * it (LiveKit's SIP identities are `sip_<E.164>` by default), is replaced by `#` and the first 12 hex
 * characters of its hash, so only the hash of the number reaches the record.
 */
export function recordedIdentity(identity: string | null, phone: string | null): string | null {
  const { hash } = callerPhoneHash(phone);
  if (identity === null || !phone || !hash) return identity;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return identity;
  return identity.replace(new RegExp(`\\+?${digits}`, 'g'), `#${hash.slice(0, 12)}`);
}
