import { Alert, Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, patch } from '../../api/client';
import type { Technology } from './ai-types';

/** Rename, replace the key, change region or terms. A new key or URL is tested before it is saved. */
export function EditTechnologyModal({ t, onClose }: { t: Technology | null; onClose: () => void }) {
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [region, setRegion] = useState('');
  const [termsUrl, setTermsUrl] = useState('');
  useEffect(() => {
    if (!t) return;
    setName(t.name);
    setBaseUrl(t.baseUrl ?? '');
    setApiKey('');
    setRegion(t.region);
    setTermsUrl(t.termsUrl ?? '');
  }, [t]);
  const save = useMutation({
    mutationFn: () =>
      patch<Technology>(`/ai/technologies/${t?.id}`, {
        name,
        region,
        version: t?.version,
        ...(baseUrl !== (t?.baseUrl ?? '') ? { baseUrl } : {}),
        ...(apiKey ? { apiKey } : {}),
        ...(termsUrl !== (t?.termsUrl ?? '') ? { termsUrl: termsUrl || null } : {}),
      }),
    onSuccess: (x) => {
      qc.invalidateQueries({ queryKey: ['ai'] });
      notifications.show({ color: 'green', message: `${x.name} saved.` });
      onClose();
    },
  });
  const fields = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal opened={t !== null} onClose={onClose} title={`Edit ${t?.name ?? ''}`}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fields.name}
            required
          />
          <TextInput
            label="Base URL"
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.currentTarget.value)}
            error={fields.baseUrl}
          />
          <PasswordInput
            label="New API key"
            description={t?.hasApiKey ? 'A key is stored. Leave empty to keep it.' : 'No key is stored.'}
            value={apiKey}
            onChange={(e) => setApiKey(e.currentTarget.value)}
            autoComplete="off"
          />
          <TextInput label="Data region" value={region} onChange={(e) => setRegion(e.currentTarget.value)} />
          <TextInput
            label="Provider terms URL"
            description="A new URL needs the terms accepted again"
            value={termsUrl}
            onChange={(e) => setTermsUrl(e.currentTarget.value)}
            error={fields.termsUrl}
          />
          {save.isError && Object.keys(fields).length === 0 && (
            <Alert color="red">
              {save.error instanceof ApiError
                ? `${save.error.message} (${save.error.code})`
                : 'Could not save'}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
