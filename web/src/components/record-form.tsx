import { Alert, Button, Group, Stack } from '@mantine/core';
import { type FormValidateInput, type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useEffect, useState } from 'react';
import { formError } from '../lib/form-errors';

/** An always-editable record form: Save is enabled once something changed; server errors land on the fields. */
export function RecordForm<V extends Record<string, unknown>>({
  form,
  onSave,
  children,
  extraActions,
}: {
  form: UseFormReturnType<V>;
  onSave: (values: V) => Promise<unknown>;
  children: ReactNode;
  extraActions?: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = form.onSubmit(async (values) => {
    setError(null);
    setBusy(true);
    try {
      await onSave(values);
      form.resetDirty(values);
      notifications.show({ color: 'teal', message: 'Changes saved' });
    } catch (err) {
      setError(formError(form, err));
    } finally {
      setBusy(false);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {children}
        <Group justify="space-between">
          <Group gap="xs">{extraActions}</Group>
          <Group gap="xs">
            {form.isDirty() && (
              <Button variant="default" onClick={() => form.reset()}>
                Discard
              </Button>
            )}
            <Button type="submit" loading={busy} disabled={!form.isDirty()}>
              Save changes
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The form of a record shown on screen. When the record changes elsewhere (a new version arrives) and
 * the user has not started editing, the form follows it.
 */
export function useRecordForm<V extends Record<string, unknown>>(
  values: V,
  version: number,
  validate?: FormValidateInput<V>,
) {
  const form = useForm<V>({ initialValues: values, validate });
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version should reset the form
  useEffect(() => {
    if (form.isDirty()) return;
    form.setValues(values);
    form.resetDirty(values);
  }, [version]);
  return form;
}
