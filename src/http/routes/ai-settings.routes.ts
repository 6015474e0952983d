import {
  MyChoiceIn,
  MySurfaceOut,
  SurfaceParams,
  SurfaceSettingsIn,
  SurfaceSettingsOut,
  technologies,
} from '../../governance/index.js';
import type { App, AppDeps } from '../types.js';
import { itemsOf } from './params.js';

const tags = ['ai settings'];

export async function aiSettingsRoutes(app: App, { governance: g }: AppDeps) {
  app.get(
    '/ai/surfaces',
    {
      schema: {
        tags,
        summary: 'Per surface: AI on or off, default technology, allowed ones, fallbacks (admin)',
        response: { 200: itemsOf(SurfaceSettingsOut) },
      },
    },
    async (req) => ({ items: await technologies.listSurfaces(g, req.actor) }),
  );
  app.put(
    '/ai/surfaces/:surface',
    {
      schema: {
        tags,
        summary: 'Set a surface’s AI technologies (admin)',
        params: SurfaceParams,
        body: SurfaceSettingsIn,
        response: { 200: SurfaceSettingsOut },
      },
    },
    async (req) => technologies.setSurface(g, req.actor, req.params.surface, req.body),
  );
  app.get(
    '/ai/my-choices',
    {
      schema: {
        tags,
        summary: 'The AI technologies you may choose per surface, and your choice',
        response: { 200: itemsOf(MySurfaceOut) },
      },
    },
    async (req) => ({ items: await technologies.myChoices(g, req.actor) }),
  );
  app.put(
    '/ai/my-choices/:surface',
    {
      schema: {
        tags,
        summary: 'Choose your AI technology for a surface among the allowed ones (null: the default)',
        params: SurfaceParams,
        body: MyChoiceIn,
        response: { 200: MySurfaceOut },
      },
    },
    async (req) => technologies.chooseTechnology(g, req.actor, req.params.surface, req.body.technologyId),
  );
}
