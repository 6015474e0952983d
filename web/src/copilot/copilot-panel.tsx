import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSparkles } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { notifyError } from '../lib/form-errors';
import { ConsentPrompt } from './consent-prompt';
import type { ActionItem, Hint, HintEntity, HintKind } from './copilot-types';
import { Bullets, HintCard } from './hint-card';
import { insertIntoEditor } from './insert-bus';
import { useHints } from './use-hints';

const SENTIMENT_COLOR = { positive: 'teal', neutral: 'gray', negative: 'red' } as const;

function SentimentBadge({ s }: { s?: { label: 'positive' | 'neutral' | 'negative'; score: number } }) {
  if (!s) return null;
  return (
    <Badge size="xs" variant="light" color={SENTIMENT_COLOR[s.label]}>
      Tone: {s.label}
    </Badge>
  );
}

export type PanelActions = {
  onAddChecklist?: (items: string[], description: string, contentId: string | null) => Promise<void>;
  onCreateTasks?: (items: ActionItem[]) => Promise<void>;
};

/** CoPilot's side panel on a deal, task or call page: the hints of that record, live. */
export function CopilotPanel({
  entity,
  id,
  actions = {},
  children,
}: {
  entity: HintEntity;
  id: string;
  actions?: PanelActions;
  children?: ReactNode;
}) {
  const hints = useHints(entity, id);
  const byKind = new Map((hints.data ?? []).map((h) => [h.kind, h]));
  const refresh = (kind: HintKind) =>
    hints.refresh(kind).catch((err) => notifyError(err, 'CoPilot could not start'));
  const needsConsent = (hints.data ?? []).some((h) => h.errorCode === 'consent_required');
  const card = (kind: HintKind, title: string, empty: string, body: (h: Hint) => ReactNode) => (
    <HintCard title={title} hint={byKind.get(kind)} onRefresh={() => refresh(kind)} empty={empty}>
      {byKind.get(kind) && body(byKind.get(kind)!)}
    </HintCard>
  );
  return (
    <Paper p="md" withBorder radius="md" aria-label="CoPilot">
      <Stack gap="sm">
        <Group gap={6}>
          <IconSparkles size={18} color="var(--mantine-color-grape-6)" />
          <Title order={4}>CoPilot</Title>
        </Group>
        {needsConsent && (
          <ConsentPrompt
            onAccepted={() =>
              Promise.all(
                (hints.data ?? [])
                  .filter((h) => h.errorCode === 'consent_required')
                  .map((h) => refresh(h.kind)),
              )
            }
          />
        )}
        {entity === 'deal' && (
          <>
            {card('deal_brief', 'Deal brief', 'CoPilot prepares a brief when the deal is opened.', (h) => (
              <Stack gap={6}>
                <Text size="sm">{h.output?.summary}</Text>
                {h.output?.risks?.length > 0 && (
                  <>
                    <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                      Risks
                    </Text>
                    <Bullets items={h.output.risks} />
                  </>
                )}
                {h.output?.nextStep && (
                  <Text size="sm">
                    <b>Next step:</b> {h.output.nextStep}
                  </Text>
                )}
                <SentimentBadge s={h.output?.sentiment} />
              </Stack>
            ))}
            {byKind.get('suggest_reply') &&
              card('suggest_reply', 'Suggested reply', '', (h) => (
                <Stack gap={6}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {h.text}
                  </Text>
                  <Group>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() =>
                        insertIntoEditor({
                          target: `deal:${id}`,
                          text: h.text ?? '',
                          contentId: h.contentId,
                          label: h.label,
                        })
                      }
                    >
                      Use as comment
                    </Button>
                  </Group>
                </Stack>
              ))}
          </>
        )}
        {entity === 'task' &&
          card(
            'task_checklist',
            'Suggested checklist',
            'CoPilot suggests a checklist when a task is created.',
            (h) => (
              <Stack gap={6}>
                <Bullets
                  items={h.output?.checklist ?? []}
                  empty="Nothing in the description to turn into steps."
                />
                {actions.onAddChecklist && h.output?.checklist?.length > 0 && (
                  <Group>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() =>
                        actions
                          .onAddChecklist?.(h.output.checklist, h.output.description, h.contentId)
                          .then(() =>
                            notifications.show({ color: 'teal', message: 'Added to the checklist' }),
                          )
                          .catch((err) => notifyError(err, 'The checklist was not changed'))
                      }
                    >
                      Add to checklist
                    </Button>
                  </Group>
                )}
              </Stack>
            ),
          )}
        {entity === 'call' && (
          <>
            {card(
              'talking_points',
              'Talking points',
              'CoPilot prepares talking points when the call starts.',
              (h) => (
                <Bullets items={h.output?.points ?? []} empty="Nothing to raise yet." />
              ),
            )}
            {card(
              'call_summary',
              'Call summary',
              'CoPilot summarises the call once it has a transcript.',
              (h) => (
                <Stack gap={6}>
                  <Text size="sm">{h.output?.summary}</Text>
                  {h.output?.agreements?.length > 0 && (
                    <>
                      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                        Agreed
                      </Text>
                      <Bullets items={h.output.agreements} />
                    </>
                  )}
                  <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                    Action items
                  </Text>
                  <Bullets
                    items={(h.output?.actionItems ?? []).map(
                      (a: ActionItem) =>
                        `${a.owner ? `${a.owner}: ` : ''}${a.action}${a.due ? ` (by ${a.due})` : ''}`,
                    )}
                    empty="No action items found."
                  />
                  <SentimentBadge s={h.output?.sentiment} />
                  {actions.onCreateTasks && h.output?.actionItems?.length > 0 && (
                    <Group>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() =>
                          actions
                            .onCreateTasks?.(h.output.actionItems)
                            .then(() => notifications.show({ color: 'teal', message: 'Tasks created' }))
                            .catch((err) => notifyError(err, 'The tasks were not created'))
                        }
                      >
                        Create tasks from action items
                      </Button>
                    </Group>
                  )}
                </Stack>
              ),
            )}
          </>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
