/**
 * A feed's date (RFC 822 for RSS, RFC 3339 for Atom and JSON Feed, and the "2022-04-09 13:00" that Korean sites
 * write) to an ISO timestamp. A date without a time zone is read as Korean time (KST). Unreadable dates give null.
 */
export function parseFeedDate(raw: string | undefined | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const local = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = local;
    const pad = (n: string) => n.padStart(2, '0');
    const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+09:00`;
    const time = Date.parse(iso);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  }
  const time = Date.parse(value.replace(/\b(KST)\b/, '+0900'));
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  // Dates far outside the plausible range are typos (year 0022, 2202); they would sort an item wrongly forever.
  if (date.getUTCFullYear() < 1990 || date.getUTCFullYear() > 2100) return null;
  return date.toISOString();
}

/** The Korean calendar date (YYYY-MM-DD) of an ISO timestamp. */
export function kstDateOf(iso: string): string {
  return new Date(Date.parse(iso) + 9 * 3600_000).toISOString().slice(0, 10);
}
