import type { App, AppDeps } from '../types.js';
import { accountRoutes } from './account.routes.js';
import { agentRoutes } from './agents.routes.js';
import { aiRequestRoutes } from './ai-requests.routes.js';
import { aiSettingsRoutes } from './ai-settings.routes.js';
import { aiTechnologyRoutes } from './ai-technologies.routes.js';
import { apiKeyRoutes } from './api-keys.routes.js';
import { authRoutes } from './auth.routes.js';
import { callRoutes } from './calls.routes.js';
import { companyRoutes } from './companies.routes.js';
import { contactRoutes } from './contacts.routes.js';
import { copilotRoutes } from './copilot.routes.js';
import { copilotAnalyticsRoutes } from './copilot-analytics.routes.js';
import { copilotHintRoutes } from './copilot-hints.routes.js';
import { customFieldRoutes } from './custom-fields.routes.js';
import { dealRoutes } from './deals.routes.js';
import { departmentRoutes } from './departments.routes.js';
import { eventRoutes } from './events.routes.js';
import { feedRoutes } from './feed.routes.js';
import { governanceRoutes } from './governance.routes.js';
import { pipelineRoutes } from './pipeline.routes.js';
import { speechRoutes } from './speech.routes.js';
import { systemRoutes } from './system.routes.js';
import { taskRoutes } from './tasks.routes.js';
import { timelineRoutes } from './timeline.routes.js';
import { userRoutes } from './users.routes.js';

/** Every API route module, mounted under /api. */
export async function registerRoutes(app: App, deps: AppDeps) {
  const modules = [
    systemRoutes,
    authRoutes,
    accountRoutes,
    userRoutes,
    departmentRoutes,
    apiKeyRoutes,
    pipelineRoutes,
    dealRoutes,
    contactRoutes,
    companyRoutes,
    taskRoutes,
    callRoutes,
    speechRoutes,
    agentRoutes,
    feedRoutes,
    customFieldRoutes,
    timelineRoutes,
    copilotHintRoutes,
    copilotRoutes,
    copilotAnalyticsRoutes,
    eventRoutes,
    aiTechnologyRoutes,
    aiSettingsRoutes,
    aiRequestRoutes,
    governanceRoutes,
  ];
  for (const routes of modules) await routes(app, deps);
}
