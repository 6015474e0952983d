import {
  ContactCreate,
  ContactListQuery,
  ContactOut,
  ContactUpdate,
} from '../../workspace/contacts/contact.schema.js';
import { findContact, listContacts } from '../../workspace/contacts/contacts.repository.js';
import { createContact } from '../../workspace/contacts/create-contact.js';
import { deleteContact } from '../../workspace/contacts/delete-contact.js';
import { updateContact } from '../../workspace/contacts/update-contact.js';
import { withoutAccount } from '../../workspace/shared/list-page.js';
import type { App, AppDeps } from '../types.js';
import { crudRoutes } from './crud-routes.js';

export async function contactRoutes(app: App, { db }: AppDeps) {
  crudRoutes(app, {
    path: '/contacts',
    tag: 'contacts',
    noun: 'contact',
    Out: ContactOut,
    Create: ContactCreate,
    Update: ContactUpdate,
    ListQuery: ContactListQuery,
    list: (actor, q) => listContacts(db, actor, q),
    create: (actor, body) => createContact(db, actor, body),
    get: async (actor, id) => withoutAccount(await findContact(db, actor, id)),
    update: (actor, id, body) => updateContact(db, actor, id, body),
    remove: (actor, id) => deleteContact(db, actor, id),
  });
}
