import {
  ActionIcon,
  Button,
  Checkbox,
  Grid,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { compact, useCreate } from '../../api/mutations';
import { CALL_STATUSES, type Call, type CallDirection, type CallStatus } from '../../api/types';
import { EntitySelect } from '../../components/entity-select';
import { FormModal } from '../../components/form-modal';
import { humanize } from '../../lib/format';

type Values = {
  subject: string;
  direction: CallDirection;
  status: CallStatus;
  startedAt: string | null;
  endedAt: string | null;
  dealId: string | null;
  contactId: string | null;
  participants: { name: string; phone: string; role: string }[];
  recordingConsent: boolean;
};

const iso = (v: string | null) => (v ? dayjs(v).toISOString() : undefined);

export function NewCallModal({
  opened,
  onClose,
  defaults,
}: {
  opened: boolean;
  onClose: () => void;
  defaults?: Partial<Values>;
}) {
  const create = useCreate<Call>('calls', ['deals']);
  const navigate = useNavigate();
  const form = useForm<Values>({
    initialValues: {
      subject: '',
      direction: 'outbound',
      status: 'ended',
      startedAt: null,
      endedAt: null,
      dealId: null,
      contactId: null,
      participants: [],
      recordingConsent: false,
      ...defaults,
    },
    validate: {
      subject: (v) => (v.length > 300 ? 'At most 300 characters' : null),
      endedAt: (v, values) =>
        v && values.startedAt && dayjs(v).isBefore(dayjs(values.startedAt))
          ? 'A call cannot end before it starts'
          : null,
      participants: { name: (v) => (v.trim() ? null : 'Enter a name or remove the row') },
    },
  });
  const submit = async (v: Values) => {
    const call = await create.mutateAsync(
      compact({
        subject: v.subject.trim(),
        direction: v.direction,
        status: v.status,
        startedAt: iso(v.startedAt),
        endedAt: iso(v.endedAt),
        dealId: v.dealId,
        contactId: v.contactId,
        participants: v.participants.map((p) =>
          compact({ name: p.name.trim(), phone: p.phone.trim(), role: p.role.trim() }),
        ),
        recordingConsent: v.recordingConsent,
      }),
    );
    notifications.show({ color: 'teal', message: 'Call logged' });
    navigate(`/calls/${call.id}`);
  };
  const { participants } = form.getValues();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Log a call"
      submitLabel="Log call"
      form={form}
      onSubmit={submit}
    >
      <TextInput
        label="Subject"
        placeholder="e.g. Discovery call"
        data-autofocus
        {...form.getInputProps('subject')}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Input.Wrapper label="Direction">
            <SegmentedControl
              fullWidth
              data={[
                { value: 'outbound', label: 'Outbound' },
                { value: 'inbound', label: 'Inbound' },
              ]}
              {...form.getInputProps('direction')}
            />
          </Input.Wrapper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label="Status"
            data={CALL_STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateTimePicker
            label="Started"
            placeholder="Now"
            valueFormat="MMM D, YYYY h:mm A"
            clearable
            {...form.getInputProps('startedAt')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateTimePicker
            label="Ended"
            placeholder="Now"
            valueFormat="MMM D, YYYY h:mm A"
            clearable
            {...form.getInputProps('endedAt')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EntitySelect
            kind="deals"
            label="Deal"
            value={form.getValues().dealId}
            onChange={(id) => form.setFieldValue('dealId', id)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <EntitySelect
            kind="contacts"
            label="Contact"
            value={form.getValues().contactId}
            onChange={(id) => form.setFieldValue('contactId', id)}
          />
        </Grid.Col>
      </Grid>
      <Stack gap="xs">
        <Input.Label>Participants</Input.Label>
        {participants.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              placeholder="Name"
              aria-label="Participant name"
              style={{ flex: 2 }}
              {...form.getInputProps(`participants.${i}.name`)}
            />
            <TextInput
              placeholder="Phone"
              aria-label="Participant phone"
              style={{ flex: 1.5 }}
              {...form.getInputProps(`participants.${i}.phone`)}
            />
            <TextInput
              placeholder="Role"
              aria-label="Participant role"
              style={{ flex: 1 }}
              {...form.getInputProps(`participants.${i}.role`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={6}
              aria-label="Remove participant"
              onClick={() => form.removeListItem('participants', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('participants', { name: '', phone: '', role: '' })}
          style={{ alignSelf: 'flex-start' }}
        >
          Add participant
        </Button>
      </Stack>
      <Checkbox
        label="Every party agreed to recording this call"
        description="Required before a recording can be uploaded."
        {...form.getInputProps('recordingConsent', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
