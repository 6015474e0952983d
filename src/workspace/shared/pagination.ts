import { z } from 'zod';

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(25).describe('Items per page (1–200)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Items to skip'),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export const SortOrder = z.enum(['asc', 'desc']).default('desc');

/** A comma-separated or repeated query parameter as an array. */
export const listParam = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(100));
