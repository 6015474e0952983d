import { Badge, Button, Menu } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import type { Preprompt } from './copilot-types';

/** The "✨ CoPilot" button of an editor: its pre-prompts, edit actions first (they need text), then create actions. */
export function CopilotMenu({
  preprompts,
  loading,
  hasText,
  onPick,
}: {
  preprompts: Preprompt[];
  loading: boolean;
  hasText: boolean;
  onPick: (p: Preprompt) => void;
}) {
  const edit = preprompts.filter((p) => p.section === 'edit');
  // A reply needs the message it answers; the suggested-reply hint does that on a deal.
  const create = preprompts.filter((p) => p.section === 'create' && p.code !== 'reply');
  const item = (p: Preprompt, disabled: boolean) => (
    <Menu.Item
      key={p.ref}
      disabled={disabled}
      onClick={() => onPick(p)}
      rightSection={
        p.scope !== 'builtin' ? (
          <Badge size="xs" variant="light" color="gray">
            {p.scope === 'account' ? 'account' : 'mine'}
          </Badge>
        ) : undefined
      }
    >
      {p.title}
    </Menu.Item>
  );
  return (
    <Menu position="bottom-start" withinPortal shadow="md">
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="light"
          color="grape"
          leftSection={<IconSparkles size={14} />}
          aria-label="CoPilot"
        >
          CoPilot
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {loading && <Menu.Label>Loading…</Menu.Label>}
        <Menu.Label>{hasText ? 'Edit your text' : 'Edit your text (type something first)'}</Menu.Label>
        {edit.map((p) => item(p, !hasText))}
        {create.length > 0 && (
          <>
            <Menu.Divider />
            <Menu.Label>Write for me</Menu.Label>
            {create.map((p) => item(p, false))}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
