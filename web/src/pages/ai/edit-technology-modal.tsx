import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, patch, post } from '../../api/client';
import type { Technology, TestResult } from './ai-types';

/** Rename, replace the key, change region or terms. A new key or URL is tested before it is saved. */
export function EditTechnologyModal({ t, onClose }: { t: Technology | null; onClose: () => void }) {
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [region, setRegion] = useState('');
  const [termsUrl, setTermsUrl] = useState('');
  const [models, setModels] = useState<string[]>([]);
  const [defaultModel, setDefaultModel] = useState<string | null>(null);
  const [offered, setOffered] = useState<string[]>([]);
  const fetchModels = useMutation({
    mutationFn: () => post<TestResult>(`/ai/technologies/${t?.id}/test`, {}),
    onSuccess: (r) => setOffered(r.models ?? []),
  });
  useEffect(() => {
    if (!t) return;
    setName(t.name);
    setBaseUrl(t.baseUrl ?? '');
    setApiKey('');
    setRegion(t.region);
    setTermsUrl(t.termsUrl ?? '');
    setModels(t.models.map((m) => m.id));
    setDefaultModel(t.defaultModel);
    setOffered([]);
    fetchModels.reset();
  }, [t, fetchModels.reset]);
  const modelsChanged = t !== null && JSON.stringify(models) !== JSON.stringify(t.models.map((m) => m.id));
  const save = useMutation({
    mutationFn: () =>
      patch<Technology>(`/ai/technologies/${t?.id}`, {
        name,
        region,
        version: t?.version,
        ...(baseUrl !== (t?.baseUrl ?? '') ? { baseUrl } : {}),
        ...(apiKey ? { apiKey } : {}),
        ...(termsUrl !== (t?.termsUrl ?? '') ? { termsUrl: termsUrl || null } : {}),
        // Prices stay with the models that keep them.
        ...(modelsChanged
          ? { models: models.map((id) => t?.models.find((m) => m.id === id) ?? { id }) }
          : {}),
        ...(defaultModel !== t?.defaultModel ? { defaultModel } : {}),
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
          {t?.kind !== 'gguf' && (
            <>
              <MultiSelect
                label="Enabled models"
                data={[...new Set([...offered, ...models])]}
                value={models}
                searchable
                onChange={(ids) => {
                  setModels(ids);
                  if (!ids.includes(defaultModel ?? '')) setDefaultModel(ids[0] ?? null);
                }}
              />
              <Group gap="sm">
                <Button
                  size="xs"
                  variant="default"
                  loading={fetchModels.isPending}
                  onClick={() => fetchModels.mutate()}
                >
                  Fetch models the endpoint offers
                </Button>
                {fetchModels.data && !fetchModels.data.ok && (
                  <Text size="sm" c="red">
                    {fetchModels.data.message}
                  </Text>
                )}
              </Group>
              <Select label="Default model" data={models} value={defaultModel} onChange={setDefaultModel} />
            </>
          )}
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
