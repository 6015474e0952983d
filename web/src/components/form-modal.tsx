import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { formError } from '../lib/form-errors';

/**
 * A modal form that creates something: the form's own checks first, then the server's answer with
 * its per-field messages under the inputs. Closing resets the form.
 */
export function FormModal<V extends Record<string, unknown>>({
  opened,
  onClose,
  title,
  submitLabel,
  form,
  onSubmit,
  children,
  size = 'lg',
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  form: UseFormReturnType<V>;
  onSubmit: (values: V) => Promise<unknown>;
  children: ReactNode;
  size?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    setBusy(true);
    try {
      await onSubmit(values);
      close();
    } catch (err) {
      setError(formError(form, err));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened={opened} onClose={close} title={title} size={size}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
