import { Anchor } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { compact, useCreate } from '../../api/mutations';
import type { Deal } from '../../api/types';
import { useSession } from '../../auth/session';
import { FormModal } from '../../components/form-modal';
import { DealFields, type DealFormValues, dealBody, dealFormValues, validateDeal } from './deal-form';

export function NewDealModal({
  opened,
  onClose,
  defaults,
}: {
  opened: boolean;
  onClose: () => void;
  defaults?: Partial<DealFormValues>;
}) {
  const { user } = useSession();
  const create = useCreate<Deal>('deals');
  const form = useForm<DealFormValues>({
    initialValues: dealFormValues(undefined, { ownerId: user.id, ...defaults }),
    validate: validateDeal,
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="New deal"
      submitLabel="Create deal"
      form={form}
      onSubmit={async (values) => {
        const deal = await create.mutateAsync(compact(dealBody(values)));
        notifications.show({
          color: 'teal',
          title: 'Deal created',
          message: (
            <Anchor component={Link} to={`/deals/${deal.id}`} size="sm">
              Open “{deal.title}”
            </Anchor>
          ),
        });
      }}
    >
      <DealFields form={form} />
    </FormModal>
  );
}
