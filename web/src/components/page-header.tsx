import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  description,
  actions,
  flush,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** No margin below, for pages that space their sections themselves. */
  flush?: boolean;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb={flush ? 0 : 'lg'} wrap="wrap" gap="md">
      <Stack gap={2}>
        <Title order={2} fw={650}>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
