import { z } from 'zod';
import { EMAIL, PASSWORD, PERSON_NAME } from './account.schema.js';

export const ROLE = z.enum(['admin', 'user']);

export const UserOut = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: ROLE,
  blocked: z.boolean(),
  departmentId: z.uuid().nullable(),
  createdAt: z.date(),
});
export type UserOut = z.infer<typeof UserOut>;

export const UserCreate = z.strictObject({
  email: EMAIL,
  name: PERSON_NAME,
  password: PASSWORD,
  role: ROLE.default('user'),
  departmentId: z.uuid().nullable().optional(),
});
export type UserCreate = z.input<typeof UserCreate>;

export const UserUpdate = z
  .strictObject({
    name: PERSON_NAME,
    role: ROLE,
    blocked: z.boolean(),
    departmentId: z.uuid().nullable(),
  })
  .partial();
export type UserUpdate = z.infer<typeof UserUpdate>;

export const DepartmentIn = z.strictObject({
  name: z.string().trim().min(1).max(200),
  parentId: z.uuid().nullable().optional(),
});
export type DepartmentIn = z.input<typeof DepartmentIn>;
export const DepartmentUpdate = DepartmentIn.partial();
export type DepartmentUpdate = z.input<typeof DepartmentUpdate>;
export const DepartmentOut = z.object({
  id: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  createdAt: z.date(),
});
