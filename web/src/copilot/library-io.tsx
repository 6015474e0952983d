import { Button, FileButton, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { get, post } from '../api/client';
import { notifyError } from '../lib/form-errors';

type Scope = 'account' | 'personal';

/** Export a scope's pre-prompts as a JSON file, or import one (all or nothing; a known code gets a new version). */
export function LibraryIo({ scope }: { scope: Scope }) {
  const qc = useQueryClient();
  const what = scope === 'account' ? 'account' : 'mine';
  const download = async () => {
    try {
      const file = await get('/copilot/preprompts/export', { scope });
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
      );
      Object.assign(document.createElement('a'), {
        href: url,
        download: `cohelm-preprompts-${scope}.json`,
      }).click();
      URL.revokeObjectURL(url);
    } catch (err) {
      notifyError(err, 'The pre-prompts were not exported');
    }
  };
  const upload = async (f: File | null) => {
    if (!f) return;
    try {
      const r = await post<{ created: number; updated: number; unchanged: number }>(
        '/copilot/preprompts/import',
        {
          ...JSON.parse(await f.text()),
          scope,
        },
      );
      notifications.show({
        color: 'teal',
        message: `Imported: ${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged`,
      });
      await qc.invalidateQueries({ queryKey: ['copilot', 'preprompts'] });
    } catch (err) {
      notifyError(err, err instanceof SyntaxError ? 'That file is not JSON' : 'The file was not imported');
    }
  };
  return (
    <Group gap={4}>
      <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={download}>
        Export {what}
      </Button>
      <FileButton onChange={upload} accept="application/json">
        {(props) => (
          <Button size="xs" variant="default" leftSection={<IconUpload size={14} />} {...props}>
            Import {what}
          </Button>
        )}
      </FileButton>
    </Group>
  );
}
