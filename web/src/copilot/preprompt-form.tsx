import { Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patch, post } from '../api/client';
import { useSession } from '../auth/session';
import { notifyError } from '../lib/form-errors';
import type { Preprompt } from './copilot-types';
import { TemplateEditor, useTemplateCheck } from './template-editor';

const PLACEMENTS = [
  ['deal_comment', 'Deal comment'],
  ['task_comment', 'Task comment'],
  ['call_comment', 'Call comment'],
  ['task_description', 'Task description'],
  ['feed_post', 'Feed post'],
  ['feed_comment', 'Feed comment'],
  ['chat', 'Chat'],
  ['mail', 'Mail'],
  ['crm_mail', 'CRM mail'],
] as const;

export type Draft = {
  id: string | null;
  version: number;
  scope: 'personal' | 'account';
  code: string;
  title: string;
  placement: string;
  section: 'create' | 'edit';
  template: string;
};

export const NEW_DRAFT: Draft = {
  id: null,
  version: 1,
  scope: 'personal',
  code: '',
  title: '',
  placement: 'deal_comment',
  section: 'edit',
  template: '{role}You are a helpful CRM writer.{/role}\nRewrite in {language}:\n{original_message}',
};

/** A draft to edit an own pre-prompt, or a copy of any other (a built-in, or an account one for a non-admin). */
export function draftOf(p: Preprompt, editable: boolean): Draft {
  if (editable && p.id && p.scope !== 'builtin') return { ...p, id: p.id, scope: p.scope };
  const single = p.placement !== '*' && !p.placement.includes(',');
  return {
    ...NEW_DRAFT,
    code: `${p.code}_copy`.slice(0, 64),
    title: `${p.title} (copy)`,
    placement: single ? p.placement : 'deal_comment',
    section: p.section,
    template: p.template,
  };
}

/** Edit a pre-prompt (saving makes a new version) or create one; the template is checked as you type. */
export function PrepromptForm({
  draft,
  onChange,
  onClose,
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
  onClose: () => void;
}) {
  const { user } = useSession();
  const qc = useQueryClient();
  const check = useTemplateCheck(draft.template);
  const save = useMutation({
    mutationFn: (d: Draft) =>
      d.id
        ? patch(`/copilot/preprompts/${d.id}`, { title: d.title, template: d.template, version: d.version })
        : post('/copilot/preprompts', {
            scope: d.scope,
            code: d.code,
            title: d.title,
            placement: d.placement,
            section: d.section,
            template: d.template,
          }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: 'Pre-prompt saved' });
      onClose();
      return qc.invalidateQueries({ queryKey: ['copilot', 'preprompts'] });
    },
    onError: (err) => notifyError(err, 'The pre-prompt was not saved'),
  });
  const fixed = !!draft.id;
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-gray-light)" aria-label="Pre-prompt editor">
      <Stack gap="xs">
        <Group grow>
          <TextInput
            label="Title"
            value={draft.title}
            onChange={(e) => onChange({ ...draft, title: e.currentTarget.value })}
          />
          <TextInput
            label="Code"
            description="Lowercase letters, digits, _ or -"
            disabled={fixed}
            value={draft.code}
            onChange={(e) => onChange({ ...draft, code: e.currentTarget.value })}
          />
        </Group>
        <Group grow>
          <Select
            label="Editor"
            disabled={fixed}
            data={PLACEMENTS.map(([value, label]) => ({ value, label }))}
            value={draft.placement}
            onChange={(v) => v && onChange({ ...draft, placement: v })}
            allowDeselect={false}
          />
          <Select
            label="Section"
            disabled={fixed}
            data={[
              { value: 'edit', label: 'Edit text' },
              { value: 'create', label: 'Create text' },
            ]}
            value={draft.section}
            onChange={(v) => v && onChange({ ...draft, section: v as Draft['section'] })}
            allowDeselect={false}
          />
          <Select
            label="Who sees it"
            disabled={fixed}
            data={[
              { value: 'personal', label: 'Only me' },
              ...(user.role === 'admin' ? [{ value: 'account', label: 'Everyone in the account' }] : []),
            ]}
            value={draft.scope}
            onChange={(v) => v && onChange({ ...draft, scope: v as Draft['scope'] })}
            allowDeselect={false}
          />
        </Group>
        <TemplateEditor
          value={draft.template}
          onChange={(template) => onChange({ ...draft, template })}
          check={check.data}
        />
        <Group>
          <Button
            size="xs"
            disabled={!check.data?.ok || !draft.title.trim() || (!fixed && !draft.code)}
            loading={save.isPending}
            onClick={() => save.mutate(draft)}
          >
            {fixed ? `Save as version ${draft.version + 1}` : 'Save'}
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={onClose}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
