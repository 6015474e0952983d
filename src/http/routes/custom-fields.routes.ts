import { z } from 'zod';
import { changeCustomField } from '../../workspace/custom-fields/change-custom-field.js';
import {
  CustomFieldCreate,
  CustomFieldListQuery,
  CustomFieldOut,
  CustomFieldUpdate,
} from '../../workspace/custom-fields/custom-field.schema.js';
import {
  findCustomField,
  listCustomFields,
  toFieldOut,
} from '../../workspace/custom-fields/custom-fields.repository.js';
import { defineCustomField } from '../../workspace/custom-fields/define-custom-field.js';
import { deleteCustomField } from '../../workspace/custom-fields/delete-custom-field.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, NoContent } from './params.js';

const tags = ['custom fields'];

export async function customFieldRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/custom-fields',
    {
      schema: {
        tags,
        summary: 'The custom fields of deals, contacts and companies, in form order',
        querystring: CustomFieldListQuery,
        response: { 200: z.object({ items: z.array(CustomFieldOut) }) },
      },
    },
    async (req) => listCustomFields(db, req.actor.accountId, req.query),
  );

  app.post(
    '/custom-fields',
    {
      schema: {
        tags,
        summary: 'Add a custom field (admin)',
        body: CustomFieldCreate,
        response: { 201: CustomFieldOut },
      },
    },
    async (req, reply) => reply.status(201).send(await defineCustomField(db, req.actor, req.body)),
  );

  app.get(
    '/custom-fields/:id',
    { schema: { tags, summary: 'Get a custom field', params: IdParams, response: { 200: CustomFieldOut } } },
    async (req) => toFieldOut(await findCustomField(db, req.actor.accountId, req.params.id)),
  );

  app.patch(
    '/custom-fields/:id',
    {
      schema: {
        tags,
        summary: 'Change a custom field’s label, options, required flag or position (admin)',
        params: IdParams,
        body: CustomFieldUpdate,
        response: { 200: CustomFieldOut },
      },
    },
    async (req) => changeCustomField(db, req.actor, req.params.id, req.body),
  );

  app.delete(
    '/custom-fields/:id',
    {
      schema: {
        tags,
        summary: 'Delete a custom field and its values on every record (admin)',
        params: IdParams,
        response: NoContent,
      },
    },
    async (req, reply) => {
      await deleteCustomField(db, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
