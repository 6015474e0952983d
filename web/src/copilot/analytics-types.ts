// The CoPilot analytics answers as the browser receives them; mirrors src/copilot/analytics/analytics.schema.ts.

export type DealHealth = {
  dealId: string;
  status: 'healthy' | 'watch' | 'at_risk';
  reasons: string[];
  staleDays: number;
  activity: { weekStart: string; comments: number; calls: number; tasksCompleted: number }[];
  activityTrend: { direction: 'rising' | 'flat' | 'falling'; lastFourWeeks: number; fourWeeksBefore: number };
  sentiment: { at: string; source: 'call' | 'messages'; score: number; label: string; basis: string }[];
  sentimentTrend: {
    direction: 'improving' | 'stable' | 'worsening' | 'unknown';
    earlier: number | null;
    recent: number | null;
  };
  sentimentUnavailable?: { code: string; message: string };
  numbers: { label: string; value: number | string | null }[];
};

export type Amount = { currency: string; total: number; weighted: number };

export type PipelineSummary = {
  stages: { stageId: string; name: string; deals: number; amounts: Amount[] }[];
  totals: { openDeals: number; amounts: Amount[] };
  staleDeals: { id: string; title: string; staleDays: number; ownerName: string | null }[];
  closingSoon: {
    id: string;
    title: string;
    expectedCloseDate: string;
    amount: number | null;
    currency: string;
  }[];
  overdueTasks: {
    count: number;
    top: { id: string; title: string; dueAt: string; dealTitle: string | null }[];
  };
  winRate: { won: number; lost: number; rate: number | null; days: number };
  averageDaysToClose: number | null;
  atRisk: { id: string; title: string; risks: string[] }[];
  highlights: string[];
};

export type Rate = {
  key: string;
  title: string;
  answers: number;
  rated: number;
  up: number;
  down: number;
  accepted: number;
  edited: number;
  discarded: number;
  acceptanceRate: number | null;
};

export type SharedInteraction = {
  contentId: string;
  userName: string | null;
  surface: string;
  prepromptRef: string | null;
  technologyId: string | null;
  rating: number | null;
  comment: string | null;
  input: string | null;
  output: string | null;
  sharedAt: string;
};
