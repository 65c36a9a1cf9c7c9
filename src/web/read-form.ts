import type { Context } from 'hono';

/** A posted form (urlencoded or multipart) with typed access to its fields. */
export interface Form {
  /** The field's text, trimmed unless `raw`; '' when it is missing or is a file. */
  text(name: string, raw?: boolean): string;
  /** The uploaded file of a field, or null. */
  file(name: string): File | null;
}

/**
 * Reads the form a page posted. The auth middleware has parsed it already (for the `_csrf` field) and Hono keeps the
 * parsed body, so this costs nothing more. A body that is not a form reads as an empty form.
 */
export async function readForm(c: Context): Promise<Form> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, string | File>);
  return {
    text(name, raw = false) {
      const value = body[name];
      if (typeof value !== 'string') return '';
      return raw ? value : value.trim();
    },
    file(name) {
      const value = body[name];
      return value instanceof File ? value : null;
    },
  };
}
