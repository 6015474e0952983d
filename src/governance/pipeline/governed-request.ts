import type { Surface } from '../../ai/settings/technology.schema.js';
import type { TechnologyConfig, TextRequest } from '../../ai/technology.js';
import type { Initiator, PlanLimits, ReducedPerformance } from '../../store/schema/index.js';
import type { PiiType } from '../minimise/index.js';

/** One AI request as the pipeline sees it: who, where, what, on whose behalf. */
export type GovernedRequest = {
  id: string;
  accountId: string;
  userId: string;
  initiator: Initiator;
  surface: Surface;
  /** A technology the caller asked for; must be allowed on the surface. */
  technologyId?: string;
  text: TextRequest;
  /** A conversation or agent run: the same person gets the same placeholder in every turn. */
  scopeId?: string;
  /** Set for speech: the call's recording-consent flag. */
  speech?: { recordingConsent: boolean };
};

export type TechnologyView = {
  config: TechnologyConfig;
  region: string;
  /** An admin accepted the provider's terms (always true for technologies on this server). */
  termsAccepted: boolean;
  /** Data leaves this server when it is used. */
  remote: boolean;
  label: string;
};

export type SurfaceView = {
  enabled: boolean;
  defaultTechnologyId: string;
  allowedTechnologyIds: string[];
  fallbackTechnologyIds: string[];
};

/** Everything the pre-invoke stages need, loaded once per (account, user) and cached. */
export type PolicySnapshot = {
  accountId: string;
  country: string;
  plan: string;
  limits: PlanLimits;
  enabled: boolean;
  /** Admin list plus the platform's provider/country prohibitions. */
  blockedTechnologyIds: ReadonlySet<string>;
  maskTypes: readonly PiiType[];
  reducedPerformance: ReducedPerformance | null;
  surfaces: ReadonlyMap<Surface, SurfaceView>;
  technologies: ReadonlyMap<string, TechnologyView>;
  currentTermsVersion: number;
  user: {
    userId: string;
    blockedReason: string | null;
    /** Surfaces AI is off on for this user or their department; '*' for all. */
    restricted: ReadonlySet<string>;
    acceptedTermsVersion: number;
    /** `technologyId@region` disclosures this user acknowledged. */
    transferAcks: ReadonlySet<string>;
    preferences: ReadonlyMap<Surface, string>;
  };
};

export const transferSubject = (t: TechnologyView) => `${t.config.id}@${t.region}`;
