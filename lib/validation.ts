/**
 * One way to turn a failed schema check into an error people can act on: every problem as
 * `path.to.field: message` (`(root)` for the document itself), the first five in the message.
 */

/** The part of a zod error (v4) this module reads. */
interface IssueList {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** The outcome of a zod `safeParse`. */
type SafeParseResult<T> = { success: true; data: T } | { success: false; error: IssueList };

/** One line per issue: `path.to.field: message`. */
export function describeIssues(error: IssueList): string[] {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
}

/** A document that failed its schema; `issues` lists each problem by path. */
export class SchemaError extends Error {
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
    this.name = 'SchemaError';
  }
}

/**
 * Validate `value` with a zod schema.
 * @param what names the document in the message (`invalid ${what}: ...`).
 * @throws the given SchemaError subclass listing every problem by path.
 */
export function parseOrThrow<T>(
  schema: { safeParse(value: unknown): SafeParseResult<T> },
  value: unknown,
  what: string,
  ErrorClass: new (message: string, issues: readonly string[]) => SchemaError = SchemaError,
): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = describeIssues(r.error);
  throw new ErrorClass(`invalid ${what}: ${issues.slice(0, 5).join('; ')}`, issues);
}
