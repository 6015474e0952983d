import { ThemeIcon, Tooltip } from '@mantine/core';
import { IconPhoneIncoming, IconPhoneOutgoing } from '@tabler/icons-react';
import type { CallDirection } from '../../api/types';

export function DirectionIcon({ direction }: { direction: CallDirection }) {
  const inbound = direction === 'inbound';
  const Icon = inbound ? IconPhoneIncoming : IconPhoneOutgoing;
  return (
    <Tooltip label={inbound ? 'Inbound call' : 'Outbound call'}>
      <ThemeIcon
        variant="light"
        color={inbound ? 'teal' : 'blue'}
        size="md"
        radius="xl"
        aria-label={inbound ? 'Inbound' : 'Outbound'}
      >
        <Icon size={15} />
      </ThemeIcon>
    </Tooltip>
  );
}
