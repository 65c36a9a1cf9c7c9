import { z } from 'zod';
import { AppError } from '../errors/app-error.js';

/** User names: 1-40 letters, digits, dots, underscores and hyphens; unique in any letter case. */
export const userNameSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}._-]{1,40}$/u, 'expected 1-40 letters, digits, dots, underscores or hyphens');

export const passwordSchema = z
  .string()
  .min(8, 'a password has at least 8 characters')
  .max(200, 'a password has at most 200 characters');

export const newAccountSchema = z.strictObject({ name: userNameSchema, password: passwordSchema });
export type NewAccount = z.infer<typeof newAccountSchema>;

/**
 * What a login form sends. Deliberately loose (any name, any password up to the hashing limit): a malformed name is
 * just wrong credentials, and must be counted by the rate limit like any other failure.
 */
export const credentialsSchema = z.strictObject({
  name: z.string().trim().min(1, 'a user name is required').max(200),
  password: z.string().min(1, 'a password is required').max(1000),
});
export type Credentials = z.infer<typeof credentialsSchema>;

/** Parses `value` or throws `input.invalid` with one detail per problem, each with its path. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
  throw new AppError('input.invalid', `invalid ${what}: ${details.join('; ')}`, { details });
}
