import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../../errors/app-error.js';

function invalid(what: string, error: z.ZodError): AppError {
  const details = error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
  return new AppError('input.invalid', `invalid ${what}: ${details.join('; ')}`, { details });
}

/** The request's JSON body, validated by `schema`; `input.invalid` (400) with every problem otherwise. */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  if (!c.req.header('content-type')?.includes('application/json'))
    throw new AppError('input.invalid', 'expected a JSON body (Content-Type: application/json)');
  const body = await c.req.json().catch(() => {
    throw new AppError('input.invalid', 'the body is not valid JSON');
  });
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalid('body', parsed.error);
  return parsed.data;
}

/** The route's path parameters, validated by `schema`. */
export function readParams<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.param());
  if (!parsed.success) throw invalid('path', parsed.error);
  return parsed.data;
}
