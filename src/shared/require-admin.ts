import type { Actor } from './actor.js';
import { AppError } from './errors.js';

export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin')
    throw new AppError('forbidden', 'Only an administrator of this account may do this');
}
