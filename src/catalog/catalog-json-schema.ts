import { z } from 'zod';
import { catalogSchema } from './catalog-schema.js';

/** The published JSON Schema of the catalog file, made from the same zod schema that validates imports. */
export function catalogJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://haebang.invalid/catalog.schema.json',
    title: 'haebang catalog',
    ...z.toJSONSchema(catalogSchema, { io: 'input', unrepresentable: 'any' }),
  };
}
