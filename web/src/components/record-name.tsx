import { useOne } from '../api/queries';
import type { Company, Deal } from '../api/types';

// The name of a linked record from its id; cached, so a list of rows on the same record asks once.

export function DealName({ id }: { id: string }) {
  const deal = useOne<Deal>('deals', id);
  return <>{deal.data?.title ?? (deal.isError ? 'A deal you cannot see' : '…')}</>;
}

export function CompanyName({ id }: { id: string }) {
  const company = useOne<Company>('companies', id);
  return <>{company.data?.name ?? (company.isError ? 'A company you cannot see' : '…')}</>;
}
