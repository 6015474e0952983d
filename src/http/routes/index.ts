import type { App, AppDeps } from '../types.js';
import { authRoutes } from './auth.routes.js';
import { dealRoutes } from './deals.routes.js';
import { eventRoutes } from './events.routes.js';
import { systemRoutes } from './system.routes.js';
import { timelineRoutes } from './timeline.routes.js';

/** Every API route module, mounted under /api. */
export async function registerRoutes(app: App, deps: AppDeps) {
  for (const routes of [systemRoutes, authRoutes, dealRoutes, timelineRoutes, eventRoutes]) {
    await routes(app, deps);
  }
}
