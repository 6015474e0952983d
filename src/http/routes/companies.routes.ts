import { findCompany, listCompanies } from '../../workspace/companies/companies.repository.js';
import {
  CompanyCreate,
  CompanyListQuery,
  CompanyOut,
  CompanyUpdate,
} from '../../workspace/companies/company.schema.js';
import { createCompany } from '../../workspace/companies/create-company.js';
import { deleteCompany } from '../../workspace/companies/delete-company.js';
import { updateCompany } from '../../workspace/companies/update-company.js';
import { withoutAccount } from '../../workspace/shared/list-page.js';
import type { App, AppDeps } from '../types.js';
import { crudRoutes } from './crud-routes.js';

export async function companyRoutes(app: App, { db }: AppDeps) {
  crudRoutes(app, {
    path: '/companies',
    tag: 'companies',
    noun: 'company',
    Out: CompanyOut,
    Create: CompanyCreate,
    Update: CompanyUpdate,
    ListQuery: CompanyListQuery,
    list: (actor, q) => listCompanies(db, actor, q),
    create: (actor, body) => createCompany(db, actor, body),
    get: async (actor, id) => withoutAccount(await findCompany(db, actor, id)),
    update: (actor, id, body) => updateCompany(db, actor, id, body),
    remove: (actor, id) => deleteCompany(db, actor, id),
  });
}
