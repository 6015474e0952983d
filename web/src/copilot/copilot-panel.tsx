import { Group, Paper, Stack, Tabs, Title } from '@mantine/core';
import { IconHeartbeat, IconMessageChatbot, IconSparkles } from '@tabler/icons-react';
import { notifyError } from '../lib/form-errors';
import { type CallActions, CallHints } from './call-hints';
import { ConsentPrompt } from './consent-prompt';
import { CopilotChat } from './copilot-chat';
import type { HintKind } from './copilot-types';
import { DealHealthView } from './deal-health';
import { DealHints } from './deal-hints';
import type { PanelHints } from './hint-card';
import { type TaskActions, TaskHints } from './task-hints';
import { useHints } from './use-hints';

type Props =
  | { entity: 'deal'; id: string }
  | { entity: 'task'; id: string; actions: TaskActions }
  | { entity: 'call'; id: string; actions: CallActions };

/** CoPilot's side panel on a deal, task or call: the record's hints (live), its health, and a chat about it. */
export function CopilotPanel(props: Props) {
  const { entity, id } = props;
  const live = useHints(entity, id);
  const items = live.data ?? [];
  const hints: PanelHints = {
    byKind: new Map(items.map((h) => [h.kind, h])),
    refresh: (kind: HintKind) => {
      live.refresh(kind).catch((err) => notifyError(err, 'CoPilot could not start'));
    },
  };
  const waiting = items.filter((h) => h.errorCode === 'consent_required');
  return (
    <Paper p="md" withBorder radius="md" aria-label="CoPilot" component="section">
      <Stack gap="sm">
        <Group gap={6}>
          <IconSparkles size={18} color="var(--mantine-color-grape-6)" />
          <Title order={4}>CoPilot</Title>
        </Group>
        {waiting.length > 0 && (
          <ConsentPrompt
            onAccepted={() => {
              for (const h of waiting) hints.refresh(h.kind);
            }}
          />
        )}
        <Tabs defaultValue="hints" keepMounted={false} color="grape">
          <Tabs.List mb="sm">
            <Tabs.Tab value="hints" leftSection={<IconSparkles size={14} />}>
              Hints
            </Tabs.Tab>
            {entity === 'deal' && (
              <Tabs.Tab value="health" leftSection={<IconHeartbeat size={14} />}>
                Health
              </Tabs.Tab>
            )}
            <Tabs.Tab value="chat" leftSection={<IconMessageChatbot size={14} />}>
              Chat
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="hints">
            {props.entity === 'deal' && <DealHints dealId={id} hints={hints} />}
            {props.entity === 'task' && <TaskHints hints={hints} actions={props.actions} />}
            {props.entity === 'call' && <CallHints hints={hints} actions={props.actions} />}
          </Tabs.Panel>
          {entity === 'deal' && (
            <Tabs.Panel value="health">
              <DealHealthView dealId={id} />
            </Tabs.Panel>
          )}
          <Tabs.Panel value="chat">
            <CopilotChat entity={entity} id={id} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}
