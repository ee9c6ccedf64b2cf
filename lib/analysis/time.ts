/**
 * Times as people say them on a call ("Friday at 10", "Thursday at 2 Eastern", "tomorrow morning,
 * after 9", "Wednesday the 9th at 1:30 Central", "next Monday, same time") and their resolution
 * against the call's date into ISO 8601. Pure; zones through Intl (full ICU, as in Node 20/22).
 *
 * Hours without am/pm: 1-7 are afternoon, 8-11 morning, 12 noon (business hours), unless the
 * speaker says morning/afternoon. A weekday is the next one after the call's day ("next week" or
 * "next <weekday>": that weekday in the following Monday-based week).
 */
import { VOCABULARY } from './vocabulary';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const HOUR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** The parts of a spoken time; absent parts were not said. */
export interface SpokenTime {
  /** The words as said (the span from the first to the last part). */
  text: string;
  weekday?: number;
  relativeDay?: 'today' | 'tomorrow';
  nextWeek?: boolean;
  /** "this week", "next week", "end of day": a period, not a day. */
  period?: string;
  month?: number;
  dayOfMonth?: number;
  hour?: number;
  minute?: number;
  meridiem?: 'am' | 'pm';
  partOfDay?: 'morning' | 'afternoon' | 'evening';
  /** IANA zone, from the spoken zone name. */
  zone?: string;
  zoneText?: string;
  /** "same time": the clock of an earlier mention. */
  sameTime?: boolean;
  /** "in an hour", "within the hour": hours from now. */
  inHours?: number;
}

const zoneNames = Object.keys(VOCABULARY.zones).sort((a, b) => b.length - a.length).map((z) => z.replace(/ /g, '\\s+'));
const ZONE = `(?:${zoneNames.join('|')})(?:\\s+time)?`;
const HOURW = Object.keys(HOUR_WORDS).join('|');
const CLOCK = new RegExp(
  String.raw`\b(?:(at|after|around|by|before|from)\s+(?:about\s+|around\s+)?)?(\d{1,2}|${HOURW})(?::(\d{2}))?` +
    String.raw`(?:\s*(a\.?m\.?|p\.?m\.?))?(?![\w:])(\s+o'?clock)?(\s+in\s+the\s+(morning|afternoon|evening))?(?:,?\s+(${ZONE})\b)?`,
  'gi',
);
const NOON = /\b(noon|midday)\b/i;
const WEEKDAY = new RegExp(String.raw`\b(next\s+|this\s+(?:coming\s+)?)?(${WEEKDAYS.join('|')})\b`, 'gi');
const RELATIVE = /\b(today|tomorrow|tonight)\b(?:\s+(morning|afternoon|evening))?/i;
const PERIOD = /\b(next week|this week|later this week|(?:by )?end of (?:the )?(?:day|week|month)|early next week|right (?:after (?:this|the) call|now|away)|in the next hour)\b/i;
const MONTH_DAY = new RegExp(String.raw`\b(?:(${MONTHS.join('|')})\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?|(?:the\s+)(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(${MONTHS.join('|')}))?)\b`, 'i');
const MONTH_ONLY = new RegExp(String.raw`\b((?:early|mid|late)[\s-]+)?(${MONTHS.filter((m) => m !== 'may').join('|')})\b`, 'i');
const IN_HOURS = /\b(?:in|within)\s+(an?|the|one|two|three|\d)\s+(?:couple of\s+)?hours?\b/i;
const PART_OF_DAY = /\b(?:in the\s+)?(morning|afternoon|evening)\b/i;
const SAME_TIME = /\bsame time\b/i;

/** Parse the spoken time in one sentence, or null when it names no day, time or period. */
export function parseSpokenTime(sentence: string): SpokenTime | null {
  const t: SpokenTime = { text: '' };
  const spans: [number, number][] = [];
  const mark = (m: RegExpExecArray | null) => m && spans.push([m.index, m.index + m[0].length]);

  for (const m of sentence.matchAll(WEEKDAY)) {
    t.weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    if (m[1] && /next/i.test(m[1])) t.nextWeek = true;
    mark(m as RegExpExecArray);
  }
  const rel = RELATIVE.exec(sentence);
  if (rel) {
    t.relativeDay = rel[1]!.toLowerCase() === 'tomorrow' ? 'tomorrow' : 'today';
    if (rel[2]) t.partOfDay = rel[2].toLowerCase() as SpokenTime['partOfDay'];
    mark(rel);
  }
  const period = PERIOD.exec(sentence);
  if (period) {
    t.period = period[1]!.toLowerCase();
    if (/next week/.test(t.period)) t.nextWeek = true;
    mark(period);
  }
  const md = MONTH_DAY.exec(sentence);
  if (md) {
    const month = md[1] ?? md[4];
    if (month) t.month = MONTHS.indexOf(month.toLowerCase()) + 1;
    t.dayOfMonth = Number(md[2] ?? md[3]);
    mark(md);
  } else {
    const mo = MONTH_ONLY.exec(sentence);
    if (mo) {
      t.month = MONTHS.indexOf(mo[2]!.toLowerCase()) + 1;
      t.period = `${mo[1] ? `${mo[1].trim().toLowerCase()} ` : ''}${mo[2]!.toLowerCase()}`;
      mark(mo);
    }
  }
  const hasDay = t.weekday !== undefined || t.relativeDay !== undefined || t.dayOfMonth !== undefined;
  for (const m of sentence.matchAll(CLOCK)) {
    const [, prep, h, min, mer, oclock, , part, zone] = m;
    const hour = /^\d+$/.test(h!) ? Number(h) : HOUR_WORDS[h!.toLowerCase()]!;
    const isClock = Boolean(min || mer || oclock || part || zone || (prep && (hasDay || /after|around/i.test(prep))));
    if (!isClock || hour > 23 || (!min && hour > 12) || (min && Number(min) > 59)) continue;
    // a bare number after "at" with no day and no clock word is not a time ("at 500 a month")
    if (!min && !mer && !oclock && !part && !zone && !hasDay && !/after|around/i.test(prep ?? '')) continue;
    t.hour = hour;
    t.minute = min ? Number(min) : 0;
    if (mer) t.meridiem = mer.toLowerCase().startsWith('a') ? 'am' : 'pm';
    if (part) t.partOfDay = part.toLowerCase() as SpokenTime['partOfDay'];
    if (zone) {
      t.zoneText = zone;
      t.zone = VOCABULARY.zones[zone.toLowerCase().replace(/\s+time$/, '').replace(/\s+/g, ' ')];
    }
    mark(m as RegExpExecArray);
    break;
  }
  if (t.hour === undefined) {
    const noon = NOON.exec(sentence);
    if (noon && hasDay) {
      t.hour = 12;
      t.minute = 0;
      mark(noon);
    }
  }
  if (t.zone === undefined && (hasDay || t.hour !== undefined)) {
    const z = new RegExp(String.raw`\b(${ZONE})\b`, 'i').exec(sentence);
    if (z && /^[A-Z]|[a-z]{4,}/.test(z[1]!)) {
      t.zoneText = z[1]!;
      t.zone = VOCABULARY.zones[z[1]!.toLowerCase().replace(/\s+time$/, '').replace(/\s+/g, ' ')];
      mark(z);
    }
  }
  const pod = PART_OF_DAY.exec(sentence);
  if (pod && t.partOfDay === undefined && (hasDay || t.hour !== undefined)) {
    t.partOfDay = pod[1]!.toLowerCase() as SpokenTime['partOfDay'];
    mark(pod);
  }
  const same = SAME_TIME.exec(sentence);
  if (same) {
    t.sameTime = true;
    mark(same);
  }
  const inH = IN_HOURS.exec(sentence);
  if (inH) {
    const n = inH[1]!.toLowerCase();
    t.inHours = /^\d$/.test(n) ? Number(n) : n === 'two' ? 2 : n === 'three' ? 3 : 1;
    mark(inH);
  }
  if (spans.length === 0) return null;
  const start = Math.min(...spans.map((s) => s[0]));
  const end = Math.max(...spans.map((s) => s[1]));
  t.text = sentence.slice(start, end).replace(/[,.;:]+$/, '').trim();
  return t;
}

/**
 * The times offered in one sentence: "Tuesday at 3pm or Wednesday at 11am next week" is two options,
 * each taking the sentence's shared parts (next week, zone) it does not say itself.
 */
export function parseSpokenTimes(sentence: string): SpokenTime[] {
  const whole = parseSpokenTime(sentence);
  if (!whole) return [];
  const parts = sentence.split(/\s+or\s+|,\s*or\s+/i);
  if (parts.length < 2) return [whole];
  const options = parts.map(parseSpokenTime).filter((t): t is SpokenTime => t !== null && isSpecific(t));
  if (options.length < 2) return [whole];
  return options.map((o) => ({ ...o, nextWeek: o.nextWeek || whole.nextWeek, zone: o.zone ?? whole.zone, zoneText: o.zoneText ?? whole.zoneText }));
}

/** True when the time names a day or a clock (not only a period such as "next week"). */
export function isSpecific(t: SpokenTime): boolean {
  return t.weekday !== undefined || t.relativeDay !== undefined || t.dayOfMonth !== undefined || t.hour !== undefined;
}

/** Fill parts `t` leaves out from `from` (same day, or `from` gives only what `t` lacks). */
export function completeTime(t: SpokenTime, from: SpokenTime): SpokenTime {
  const sameDay =
    (t.weekday !== undefined && t.weekday === from.weekday) ||
    (t.relativeDay !== undefined && t.relativeDay === from.relativeDay) ||
    (t.dayOfMonth !== undefined && t.dayOfMonth === from.dayOfMonth);
  const out: SpokenTime = { ...t };
  if (t.sameTime && t.hour === undefined && from.hour !== undefined) {
    out.hour = from.hour;
    out.minute = from.minute;
    out.meridiem = from.meridiem;
    out.partOfDay = from.partOfDay;
    out.zone ??= from.zone;
  }
  if (!sameDay) return out;
  if (out.hour === undefined && from.hour !== undefined) {
    out.hour = from.hour;
    out.minute = from.minute;
  }
  if (out.hour !== undefined && out.hour === from.hour) {
    out.meridiem ??= from.meridiem;
    out.partOfDay ??= from.partOfDay;
  }
  out.zone ??= from.zone;
  out.nextWeek ||= from.nextWeek;
  out.dayOfMonth ??= from.dayOfMonth;
  out.month ??= from.month;
  return out;
}

/** `YYYY-MM-DD` of an instant in a zone. */
function localDate(at: Date, zone: string): { y: number; m: number; d: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'long' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { y: Number(get('year')), m: Number(get('month')), d: Number(get('day')), weekday: WEEKDAYS.indexOf(get('weekday').toLowerCase()) };
}

/** `+HH:MM`/`-HH:MM` offset of a zone at a local wall-clock time. */
function offsetAt(zone: string, y: number, m: number, d: number, hour: number, minute: number): string {
  const guess = new Date(Date.UTC(y, m - 1, d, hour, minute));
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(guess).find((p) => p.type === 'timeZoneName')!.value;
  const m2 = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m2 ? `${m2[1]}:${m2[2] ?? '00'}` : '+00:00';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Resolve a spoken time against the call's start (`callStartedAt`, ISO UTC): `YYYY-MM-DD` for a day,
 * `YYYY-MM-DDTHH:mm` for a day and a clock with no zone said, `YYYY-MM-DDTHH:mm±HH:MM` with one.
 * Null when the call's date is unknown, or the time names no day (a clock alone, a period).
 */
export function resolveSpokenTime(t: SpokenTime, callStartedAt: string | null): string | null {
  if (!callStartedAt) return null;
  const at = new Date(callStartedAt);
  if (Number.isNaN(at.getTime())) return null;
  const base = localDate(at, t.zone ?? 'UTC');
  const day = new Date(Date.UTC(base.y, base.m - 1, base.d));
  const addDays = (n: number) => day.setUTCDate(day.getUTCDate() + n);
  if (t.dayOfMonth !== undefined) {
    let month = t.month ?? base.m;
    let year = base.y;
    if (t.month === undefined && t.dayOfMonth < base.d) month += 1;
    if (t.month !== undefined && (t.month < base.m || (t.month === base.m && t.dayOfMonth < base.d))) year += 1;
    day.setUTCFullYear(year, month - 1, t.dayOfMonth);
  } else if (t.relativeDay === 'tomorrow') {
    addDays(1);
  } else if (t.weekday !== undefined) {
    if (t.nextWeek) {
      const toMonday = ((8 - base.weekday) % 7) || 7;
      addDays(toMonday + ((t.weekday + 6) % 7));
    } else {
      addDays(((t.weekday - base.weekday + 7) % 7) || 7);
    }
  } else if (t.relativeDay !== 'today') {
    return null;
  }
  const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  if (t.hour === undefined) return date;
  let hour = t.hour;
  const pm = t.meridiem === 'pm' || (t.meridiem === undefined && (t.partOfDay === 'afternoon' || t.partOfDay === 'evening' || (t.partOfDay === undefined && hour >= 1 && hour <= 7)));
  if (pm && hour < 12) hour += 12;
  if (t.meridiem === 'am' && hour === 12) hour = 0;
  const clock = `${date}T${pad(hour)}:${pad(t.minute ?? 0)}`;
  if (!t.zone) return clock;
  return `${clock}${offsetAt(t.zone, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, t.minute ?? 0)}`;
}
