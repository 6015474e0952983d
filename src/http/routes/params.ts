import { z } from 'zod';

export const IdParams = z.object({ id: z.uuid({ message: 'must be a UUID' }) });

export const NoContent = { 204: z.null().describe('No content') };

/** A whole (unpaged) list: the account's users, departments, API keys. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
