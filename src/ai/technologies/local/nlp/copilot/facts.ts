/**
 * The `options.facts` each CoPilot task reads. Facts arrive as an untyped record (from the hint
 * context, the auto-fill proposal or an API caller), so they are read leniently: a missing or
 * malformed value is left out rather than failing the whole task.
 */
import { z } from 'zod';
import { quickPeople } from '../names.js';
import type { Sentence } from '../nlp.js';

const maybe = <T extends z.ZodType>(schema: T) => schema.nullish().catch(undefined);
const text = maybe(z.string());
/** Keeps the well-formed items of a list and drops the rest. */
const listOf = <T extends z.ZodType>(item: T) =>
  z
    .array(z.unknown())
    .catch([])
    .default([])
    .transform((items) =>
      items.flatMap((i) => {
        const r = item.safeParse(i);
        return r.success ? [r.data as z.infer<T>] : [];
      }),
    );

const contact = z.object({ id: z.string().optional(), name: z.string().min(1) });

export const briefFactsSchema = z
  .object({
    title: text,
    stage: text,
    amount: maybe(z.number()),
    currency: text,
    /** YYYY-MM-DD; a full ISO timestamp is cut to its day. */
    closeDate: maybe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}/)
        .transform((d) => d.slice(0, 10)),
    ),
    ownerName: text,
    companyName: text,
    daysSinceActivity: maybe(z.number()),
    openTasks: listOf(
      z.object({
        title: z.string().min(1),
        dueAt: z
          .string()
          .nullable()
          .catch(null)
          .transform((d) => d?.slice(0, 10) ?? null),
        overdue: z.boolean().catch(false),
      }),
    ),
    contacts: listOf(contact),
  })
  .catch({ openTasks: [], contacts: [] });
export type BriefFacts = z.infer<typeof briefFactsSchema>;

export const replyFactsSchema = z.object({ authorName: text, senderName: text, dealTitle: text }).catch({});
export type ReplyFacts = z.infer<typeof replyFactsSchema>;

export const autofillFactsSchema = z
  .object({
    customFields: listOf(
      z.object({
        key: z.string().min(1),
        label: z.string().min(1),
        type: z.string(),
        options: z.array(z.string()).optional().catch(undefined),
      }),
    ),
    contacts: listOf(contact),
    products: listOf(z.string().min(1)),
  })
  .catch({ customFields: [], contacts: [], products: [] });
export type AutofillFacts = z.infer<typeof autofillFactsSchema>;

/** Reads `options.facts` for a task; anything unreadable counts as absent. */
export const readFacts = <T extends z.ZodType>(schema: T, facts: unknown): z.infer<T> =>
  schema.parse(facts ?? {}) as z.infer<T>;

/** The deal's contacts and owner first (so "Helena" reads as "Helena Brandt"), then people in the text. */
export const peopleOf = (
  sentences: Sentence[],
  facts: { contacts?: { name: string }[]; ownerName?: string | null },
): string[] => [
  ...new Set([
    ...(facts.contacts ?? []).map((c) => c.name),
    ...(facts.ownerName ? [facts.ownerName] : []),
    ...quickPeople(sentences),
  ]),
];
