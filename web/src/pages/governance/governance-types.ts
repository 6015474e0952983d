export const PII_TYPES = [
  'email',
  'phone',
  'payment_card',
  'iban',
  'ip_address',
  'postal_address',
  'person',
  'date_of_birth',
  'national_id',
] as const;

export const PII_LABELS: Record<(typeof PII_TYPES)[number], string> = {
  email: 'Email addresses',
  phone: 'Phone numbers',
  payment_card: 'Payment cards',
  iban: 'IBANs',
  ip_address: 'IP addresses',
  postal_address: 'Postal addresses',
  person: 'Person names',
  date_of_birth: 'Dates of birth',
  national_id: 'National ids',
};

export type Policy = {
  enabled: boolean;
  blockedTechnologyIds: string[];
  maskTypes: (typeof PII_TYPES)[number][];
  dataUseOptIn: boolean;
  reducedPerformance: { thresholdPct: number; technologyId: string } | null;
  version: number;
};

export type Meter = { used: number; limit: number };
export type Usage = {
  plan: string;
  mine: {
    requestsLastHour: Meter;
    requestsLastDay: Meter;
    tokensThisMonth: Meter;
    recent: { id: string; createdAt: string; surface: string; kind: string; status: string; why: string }[];
  };
  account?: {
    requestsLastHour: Meter;
    requestsLastDay: Meter;
    tokensThisMonth: Meter;
    perDay: {
      day: string;
      surface: string;
      technologyId: string | null;
      status: string;
      requests: number;
      tokens: number;
    }[];
  };
};

export type AuditEntry = {
  seq: number;
  createdAt: string;
  hash: string;
  entry: {
    type: string;
    status?: string;
    surface?: string;
    technologyId?: string;
    code?: string;
    by?: string;
  } & Record<string, unknown>;
};
