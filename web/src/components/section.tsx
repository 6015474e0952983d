import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card on a record page. */
export function Section({
  title,
  actions,
  children,
  ...rest
}: {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <Paper p="md" {...rest}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={5} fw={650}>
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Paper>
  );
}
