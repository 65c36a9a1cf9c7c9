import type { Context } from 'hono';
import { AppError } from '../errors/app-error.js';
import type { AuthEnv } from '../server/auth/auth-env.js';
import { itemIdParamSchema } from '../server/auth/auth-schemas.js';
import { localPath, refererPath } from './local-path.js';

/** The item id of a route, or `not-found` (an id that cannot exist names no item). */
export function itemIdOf(c: Context<AuthEnv>): string {
  const parsed = itemIdParamSchema.safeParse({ itemId: c.req.param('id') });
  if (!parsed.success) throw new AppError('not-found', 'no such item');
  return parsed.data.itemId;
}

/** Where a form sends the reader back to: its `back` field, or a same-origin Referer; null when neither. */
export async function backPath(c: Context<AuthEnv>): Promise<string | null> {
  const body = await c.req.parseBody();
  return localPath(typeof body.back === 'string' ? body.back : null) ?? refererPath(c.req.header('referer'), c.req.url);
}

/**
 * After a form about one item (reveal, hide, read, save): back to the page the form was on, at the item (focus and
 * scroll land where the reader acted), or the item's own page.
 */
export async function backTo(c: Context<AuthEnv>, itemId: string): Promise<string> {
  const back = await backPath(c);
  const itemPage = `/items/${itemId}`;
  if (!back || back === itemPage) return itemPage;
  return back.includes('#') ? back : `${back}#item-${itemId}`;
}
