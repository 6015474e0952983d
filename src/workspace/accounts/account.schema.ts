import { z } from 'zod';
import { PLANS } from '../../store/schema/index.js';

export const COUNTRY = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as US or DE')
  .describe('ISO 3166-1 alpha-2');
export const LANGUAGE = z
  .string()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language tag such as en or pt-BR')
  .describe('BCP 47 language tag');
export const PLAN = z.enum(PLANS);
export const EMAIL = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const PASSWORD = z.string().min(10, 'at least 10 characters').max(200);
const ZONES = new Set(Intl.supportedValuesOf('timeZone'));
export const TIME_ZONE = z
  .string()
  .refine((tz) => tz === 'UTC' || ZONES.has(tz), 'an IANA time zone such as Europe/Berlin')
  .describe('IANA time zone');
export const PERSON_NAME = z.string().trim().min(1).max(200);

export const AccountOut = z.object({
  id: z.uuid(),
  name: z.string(),
  plan: PLAN,
  country: z.string(),
  language: z.string(),
  timeZone: z.string(),
  createdAt: z.date(),
});

export const AccountUpdate = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    country: COUNTRY,
    language: LANGUAGE,
    timeZone: TIME_ZONE,
  })
  .partial();
export type AccountUpdate = z.input<typeof AccountUpdate>;

export const NewAccount = z.strictObject({
  name: z.string().trim().min(1).max(200),
  plan: PLAN.default('free'),
  country: COUNTRY.default('US'),
  language: LANGUAGE.default('en'),
  timeZone: TIME_ZONE.default('UTC'),
  admin: z.strictObject({ email: EMAIL, name: PERSON_NAME, password: PASSWORD }),
});
export type NewAccount = z.input<typeof NewAccount>;
