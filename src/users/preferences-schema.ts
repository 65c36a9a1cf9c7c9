import { z } from 'zod';

/** A user's interface preferences (Settings → Interface): language and colour scheme, `auto` for the browser's. */
export const preferencesSchema = z.object({
  locale: z.enum(['auto', 'en', 'ko']),
  theme: z.enum(['auto', 'light', 'dark']),
});
