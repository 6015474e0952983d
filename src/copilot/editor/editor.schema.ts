import { z } from 'zod';
import { PLACEMENT_NAMES } from '../preprompts/placements.js';

export const EditorActionIn = z.strictObject({
  placement: z.enum(PLACEMENT_NAMES).describe('The editor the action runs in'),
  prepromptRef: z
    .string()
    .min(1)
    .max(100)
    .describe('builtin:<code> (shorten, rewrite, …) or the id of an account or personal pre-prompt'),
  text: z.string().max(100_000).optional().describe('The text being edited ({original_message})'),
  userMessage: z.string().max(20_000).optional().describe('What the user asked for ({user_message})'),
  authorMessage: z
    .string()
    .max(100_000)
    .optional()
    .describe('The message being replied to ({author_message})'),
  entityId: z.uuid().optional().describe("The deal, task or call whose timeline is the editor's context"),
  language: z.string().trim().min(2).max(50).default('English'),
  technologyId: z.string().min(1).max(100).optional(),
  previousResults: z
    .array(z.string().max(100_000))
    .max(3)
    .default([])
    .describe('The last results, newest first, for "try again, better" ({current_result_0..2})'),
});
export type EditorActionIn = z.input<typeof EditorActionIn>;
