import { z } from 'zod';

export const IdParams = z.object({ id: z.uuid({ message: 'must be a UUID' }) });

export const NoContent = { 204: z.null().describe('No content') };
