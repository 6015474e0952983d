import { ActionIcon, Alert, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconMessageChatbot, IconSend } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { get, post } from '../api/client';
import { Empty } from '../components/empty';
import { QueryError } from '../components/query-error';
import { notifyError } from '../lib/form-errors';
import { ChatMessages } from './chat-messages';
import { ConsentPrompt } from './consent-prompt';
import type { Chat, ChatMessage, HintEntity, Role } from './copilot-types';
import type { StreamState } from './stream-state';
import { useChatTurn } from './use-chat-turn';

const NEW = 'new';

/** A CoPilot chat about this deal, task or call: pick a role, ask, read the answer as it streams. */
export function CopilotChat({ entity, id }: { entity: HintEntity; id: string }) {
  const qc = useQueryClient();
  const roles = useQuery({
    queryKey: ['copilot', 'roles'],
    queryFn: () => get<{ items: Role[] }>('/copilot/roles').then((r) => r.items),
  });
  const chats = useQuery({
    queryKey: ['copilot', 'chats', id],
    queryFn: () => get<{ items: Chat[] }>('/copilot/chats', { entityId: id }).then((r) => r.items),
  });
  const [picked, setPicked] = useState<string | null>(null);
  const [roleRef, setRoleRef] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<{
    error: NonNullable<StreamState['error']>;
    question: string;
  } | null>(null);
  const chatId = picked === NEW ? null : (picked ?? chats.data?.[0]?.id ?? null);
  const chat = chats.data?.find((c) => c.id === chatId);
  const role = chat?.roleRef ?? roleRef ?? roles.data?.[0]?.ref ?? null;
  const messagesKey = ['copilot', 'chat', chatId];
  const messages = useQuery({
    queryKey: messagesKey,
    queryFn: () => get<{ items: ChatMessage[] }>(`/copilot/chats/${chatId}/messages`).then((r) => r.items),
    enabled: !!chatId,
  });
  const live = useChatTurn();
  const scroller = useRef<HTMLDivElement>(null);
  const history = chatId ? (messages.data ?? []) : [];
  // Keep the newest message in view as messages arrive and the answer streams in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when these change
  useEffect(() => {
    scroller.current?.scrollTo({ top: scroller.current.scrollHeight });
  }, [history.length, live.turn?.text, live.turn?.contentId]);

  const ask = async (question: string) => {
    setProblem(null);
    let target = chatId;
    try {
      if (!target) {
        const created = await post<Chat>('/copilot/chats', {
          roleRef: role,
          entityType: entity,
          entityId: id,
        });
        target = created.id;
        await qc.invalidateQueries({ queryKey: ['copilot', 'chats', id] });
        setPicked(created.id);
      }
    } catch (err) {
      setDraft(question);
      return notifyError(err, 'The chat was not started');
    }
    setDraft('');
    const error = await live.run(target, question);
    await qc.invalidateQueries({ queryKey: ['copilot', 'chat', target] });
    live.clear();
    if (error) setProblem({ error, question });
  };
  const send = () => {
    const q = draft.trim();
    if (q && !live.turn?.running) void ask(q);
  };

  if (chats.isError) return <QueryError error={chats.error} onRetry={() => chats.refetch()} />;
  return (
    <Stack gap="sm" aria-label="CoPilot chat">
      <Group grow gap="xs">
        <Select
          size="xs"
          label="Conversation"
          data={[
            ...(chats.data ?? []).map((c) => ({ value: c.id, label: c.title })),
            { value: NEW, label: 'New chat' },
          ]}
          value={chatId ?? NEW}
          onChange={(v) => setPicked(v)}
          allowDeselect={false}
        />
        <Select
          size="xs"
          label="Role"
          data={(roles.data ?? []).map((r) => ({ value: r.ref, label: r.name }))}
          value={role}
          onChange={setRoleRef}
          disabled={!!chat}
          allowDeselect={false}
          description={chat ? undefined : (roles.data?.find((r) => r.ref === role)?.description ?? undefined)}
        />
      </Group>
      {history.length === 0 && !live.turn ? (
        <Empty
          icon={<IconMessageChatbot size={24} />}
          title="No chats yet"
          description={`Ask CoPilot about this ${entity}: where it stands, the risks, the action items, or a follow-up email.`}
        />
      ) : (
        // A plain scroller: Mantine's ScrollArea lets long lines widen the panel.
        <div ref={scroller} style={{ maxHeight: 420, overflowY: 'auto', overflowX: 'hidden' }}>
          <ChatMessages messages={history} turn={live.turn} />
        </div>
      )}
      {problem?.error.code === 'consent_required' ? (
        <ConsentPrompt
          title="Accept the AI terms to chat with CoPilot"
          onAccepted={() => ask(problem.question)}
        />
      ) : (
        problem && (
          <Alert color="red" variant="light" p="xs" title="CoPilot could not answer" role="alert">
            <Text size="sm">{problem.error.message}</Text>
          </Alert>
        )
      )}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Textarea
          style={{ flex: 1 }}
          aria-label="Message CoPilot"
          placeholder="Ask CoPilot… (Ctrl+Enter to send)"
          autosize
          minRows={1}
          maxRows={6}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              send();
            }
          }}
        />
        <ActionIcon
          size="lg"
          color="grape"
          aria-label="Send to CoPilot"
          onClick={send}
          loading={live.turn?.running}
          disabled={!draft.trim() || !role}
        >
          <IconSend size={16} />
        </ActionIcon>
      </Group>
    </Stack>
  );
}
