import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../errors/app-error.js';
import { type AuthEnv, currentUser } from './auth-env.js';

/** Lets only logged-in users through (`auth.required`, 401, otherwise). Needs the auth middleware before it. */
export const requireUser: MiddlewareHandler<AuthEnv> = async (c, next) => {
  currentUser(c);
  await next();
};

/** Lets only the owner through: `auth.required` when nobody is logged in, `auth.forbidden` for a member. */
export const requireOwner: MiddlewareHandler<AuthEnv> = async (c, next) => {
  if (currentUser(c).role !== 'owner') throw new AppError('auth.forbidden', 'only the owner can do this');
  await next();
};
