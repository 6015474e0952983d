import { z } from 'zod';
import { CALL_DIRECTIONS, CALL_STATUSES } from '../../store/schema/index.js';
import { listParam, PageQuery } from '../shared/pagination.js';
import { VersionGuard } from '../shared/stamps.js';

const Participant = z.strictObject({
  name: z.string().trim().min(1).max(200),
  phone: z.string().trim().max(50).optional(),
  contactId: z.uuid().optional(),
  userId: z.uuid().optional(),
  role: z.string().trim().max(100).optional(),
});

const fields = {
  subject: z.string().trim().max(300),
  direction: z.enum(CALL_DIRECTIONS),
  status: z.enum(CALL_STATUSES),
  ownerId: z.uuid(),
  contactId: z.uuid().nullable(),
  dealId: z.uuid().nullable(),
  participants: z.array(Participant).max(50),
  participantIds: z
    .array(z.uuid())
    .max(100)
    .describe('Users taking part; users named in participants are added to this list'),
  startedAt: z.iso.datetime({ offset: true }).nullable(),
  endedAt: z.iso.datetime({ offset: true }).nullable(),
  recordingConsent: z.boolean().describe('Every party agreed to the recording'),
};

export const CallCreate = z.strictObject({
  subject: fields.subject.default(''),
  direction: fields.direction,
  status: fields.status.default('planned'),
  ownerId: fields.ownerId.optional(),
  contactId: fields.contactId.optional(),
  dealId: fields.dealId.optional(),
  participants: fields.participants.default([]),
  participantIds: fields.participantIds.default([]),
  startedAt: fields.startedAt.optional(),
  endedAt: fields.endedAt.optional(),
  recordingConsent: fields.recordingConsent.default(false),
});
export type CallCreate = z.input<typeof CallCreate>;

export const CallUpdate = z
  .strictObject({
    subject: fields.subject,
    ownerId: fields.ownerId,
    contactId: fields.contactId,
    dealId: fields.dealId,
    participants: fields.participants,
    participantIds: fields.participantIds,
    startedAt: fields.startedAt,
    endedAt: fields.endedAt.describe('Only for a call that has ended or was missed'),
    recordingConsent: fields.recordingConsent,
    version: VersionGuard,
  })
  .partial();
export type CallUpdate = z.input<typeof CallUpdate>;

export const TranscriptIn = z.strictObject({
  text: z.string().max(2_000_000),
  segments: z
    .array(
      z.strictObject({
        speaker: z.string().trim().min(1).max(100),
        start: z.number().min(0),
        end: z.number().min(0),
        text: z.string().max(100_000),
      }),
    )
    .max(20_000)
    .optional(),
});
export type TranscriptIn = z.input<typeof TranscriptIn>;

export const CallOut = z.object({
  id: z.uuid(),
  subject: z.string(),
  direction: z.enum(CALL_DIRECTIONS),
  status: z.enum(CALL_STATUSES),
  ownerId: z.uuid().nullable(),
  contactId: z.uuid().nullable(),
  dealId: z.uuid().nullable(),
  participants: z.array(Participant.loose()),
  participantIds: z.array(z.uuid()),
  startedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  durationSeconds: z.number().int().nullable(),
  recordingConsent: z.boolean(),
  hasRecording: z.boolean(),
  recordingMime: z.string().nullable(),
  recordingBytes: z.number().int().nullable(),
  transcript: z.string().nullable(),
  transcriptSegments: z
    .array(z.object({ speaker: z.string(), start: z.number(), end: z.number(), text: z.string() }))
    .nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type CallOut = z.infer<typeof CallOut>;

export const CallListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('Text in the subject'),
  status: listParam(z.enum(CALL_STATUSES)).optional(),
  direction: z.enum(CALL_DIRECTIONS).optional(),
  dealId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  ownerId: listParam(z.uuid()).optional(),
  sort: z.enum(['createdAt', 'startedAt', 'updatedAt']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CallListQuery = z.infer<typeof CallListQuery>;
