import {
  Alert,
  Anchor,
  Button,
  Checkbox,
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
import { IconPlugConnected, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, post } from '../../api/client';
import { KIND_LABELS, type Technology, type TechnologyKind, type TestResult } from './ai-types';

type Draft = {
  kind: Exclude<TechnologyKind, 'local'>;
  name: string;
  baseUrl: string;
  apiKey: string;
  models: string[];
  defaultModel: string | null;
  region: string;
  termsUrl: string;
  termsAccepted: boolean;
};

const PRESETS: Record<
  Draft['kind'],
  { name: string; baseUrl: string; hint: string; region: string; termsUrl: string }
> = {
  openai: {
    name: 'OpenAI',
    baseUrl: '',
    hint: 'Leave empty for https://api.openai.com/v1',
    region: 'USA',
    termsUrl: 'https://openai.com/policies/terms-of-use',
  },
  anthropic: {
    name: 'Anthropic',
    baseUrl: '',
    hint: 'Leave empty for https://api.anthropic.com/v1',
    region: 'USA',
    termsUrl: 'https://www.anthropic.com/legal/commercial-terms',
  },
  'openai-compatible': {
    name: 'Ollama',
    baseUrl: 'http://localhost:11434/v1',
    hint: 'Ollama, vLLM, llama.cpp server, LM Studio, LocalAI or a gateway',
    region: 'This network',
    termsUrl: '',
  },
  gguf: {
    name: 'Local GGUF model',
    baseUrl: '',
    hint: 'Path of a .gguf file on the server (needs: npm i -E node-llama-cpp@3.21.1)',
    region: 'This server',
    termsUrl: '',
  },
};

const fresh = (kind: Draft['kind']): Draft => ({
  kind,
  name: PRESETS[kind].name,
  baseUrl: PRESETS[kind].baseUrl,
  apiKey: '',
  models: [],
  defaultModel: null,
  region: PRESETS[kind].region,
  termsUrl: PRESETS[kind].termsUrl,
  termsAccepted: false,
});

const problem = (e: unknown) =>
  e instanceof ApiError ? `${e.message} (${e.code})` : 'Something went wrong; try again.';

/** Connect a provider: pick the kind, enter the endpoint and key, fetch its models, accept its terms. */
export function ConnectTechnologyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const [d, setD] = useState<Draft>(fresh('openai-compatible'));
  const [offered, setOffered] = useState<string[]>([]);
  const set = (p: Partial<Draft>) => setD((x) => ({ ...x, ...p }));
  const body = () => ({
    kind: d.kind,
    name: d.name,
    ...(d.baseUrl ? { baseUrl: d.baseUrl } : {}),
    ...(d.apiKey ? { apiKey: d.apiKey } : {}),
    ...(d.models.length ? { models: d.models.map((id) => ({ id })) } : {}),
    ...(d.defaultModel ? { defaultModel: d.defaultModel } : {}),
    region: d.region,
    ...(d.termsUrl ? { termsUrl: d.termsUrl } : {}),
    termsAccepted: d.termsAccepted,
  });
  const probe = useMutation({
    mutationFn: () =>
      post<TestResult>('/ai/technologies/probe', {
        kind: d.kind,
        ...(d.baseUrl ? { baseUrl: d.baseUrl } : {}),
        ...(d.apiKey ? { apiKey: d.apiKey } : {}),
      }),
    onSuccess: (r) => {
      connect.reset();
      setOffered(r.models ?? []);
      if (r.ok && !d.models.length)
        set({ models: (r.models ?? []).slice(0, 5), defaultModel: r.models?.[0] ?? null });
    },
  });
  const connect = useMutation({
    mutationFn: () => post<Technology>('/ai/technologies', body()),
    onSuccess: (t) => {
      qc.invalidateQueries({ queryKey: ['ai'] });
      notifications.show({ color: 'green', message: `${t.name} is connected and answered its test.` });
      setD(fresh('openai-compatible'));
      setOffered([]);
      onClose();
    },
  });
  const fields = connect.error instanceof ApiError ? connect.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    connect.mutate();
  };
  const preset = PRESETS[d.kind];
  return (
    <Modal opened={opened} onClose={onClose} title="Connect an AI technology" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Select
            label="Kind"
            data={(Object.keys(PRESETS) as Draft['kind'][]).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={d.kind}
            allowDeselect={false}
            onChange={(k) => {
              if (k) setD(fresh(k as Draft['kind']));
              setOffered([]);
              probe.reset();
            }}
          />
          <TextInput
            label="Name"
            value={d.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={fields.name}
            required
          />
          <TextInput
            label={d.kind === 'gguf' ? 'Model file' : 'Base URL'}
            description={preset.hint}
            value={d.baseUrl}
            onChange={(e) => set({ baseUrl: e.currentTarget.value })}
            error={fields.baseUrl}
            required={d.kind === 'openai-compatible' || d.kind === 'gguf'}
          />
          {d.kind !== 'gguf' && (
            <PasswordInput
              label="API key"
              description="Stored encrypted; it is never shown again, in the app or in logs."
              value={d.apiKey}
              onChange={(e) => set({ apiKey: e.currentTarget.value })}
              error={fields.apiKey}
              required={d.kind === 'openai' || d.kind === 'anthropic'}
              autoComplete="off"
            />
          )}
          <Group align="flex-end">
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} />}
              onClick={() => probe.mutate()}
              loading={probe.isPending}
            >
              Fetch models
            </Button>
            {probe.data && !probe.data.ok && (
              <Text size="sm" c="red">
                {probe.data.message} ({probe.data.code})
              </Text>
            )}
            {probe.data?.ok && (
              <Text size="sm" c="teal">
                Answered in {probe.data.latencyMs} ms with {probe.data.models?.length ?? 0} models
              </Text>
            )}
          </Group>
          {probe.isError && <Alert color="red">{problem(probe.error)}</Alert>}
          <MultiSelect
            label="Models to enable"
            description="Empty: the first models the endpoint lists"
            data={[...new Set([...offered, ...d.models])]}
            value={d.models}
            searchable
            onChange={(models) =>
              set({
                models,
                defaultModel: models.includes(d.defaultModel ?? '') ? d.defaultModel : (models[0] ?? null),
              })
            }
          />
          <Select
            label="Default model"
            data={d.models}
            value={d.defaultModel}
            onChange={(m) => set({ defaultModel: m })}
            clearable
          />
          <Group grow>
            <TextInput
              label="Data region"
              description="Where the provider processes data"
              value={d.region}
              onChange={(e) => set({ region: e.currentTarget.value })}
            />
            <TextInput
              label="Provider terms URL"
              description="The terms your admins accept"
              value={d.termsUrl}
              onChange={(e) => set({ termsUrl: e.currentTarget.value })}
              error={fields.termsUrl}
            />
          </Group>
          <Checkbox
            checked={d.termsAccepted}
            onChange={(e) => set({ termsAccepted: e.currentTarget.checked })}
            label={
              <>
                I accept the provider's terms{' '}
                {d.termsUrl && (
                  <Anchor href={d.termsUrl} target="_blank" rel="noreferrer" size="sm">
                    (read them)
                  </Anchor>
                )}{' '}
                on behalf of the account
              </>
            }
          />
          {connect.isError && Object.keys(fields).length === 0 && (
            <Alert color="red" title="The endpoint did not pass its test; nothing was saved">
              {problem(connect.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={connect.isPending} leftSection={<IconPlugConnected size={16} />}>
              Test and connect
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
