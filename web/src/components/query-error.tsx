import { Alert, Button, type MantineSpacing } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ApiError } from '../api/client';

/** A failed load, said plainly, with a way to try again. */
export function QueryError({
  error,
  onRetry,
  title = 'Could not load this',
  m,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  m?: MantineSpacing;
}) {
  const message =
    error instanceof ApiError
      ? error.message
      : 'Something unexpected happened. Reload the page and try again.';
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} m={m}>
      {message}
      {onRetry && (
        <Button size="xs" variant="white" color="red" ml="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
