import { Stack } from '@mantine/core';
import { useSession } from '../auth/session';
import { CopilotTriggers } from './copilot-triggers';
import { PrepromptLibrary } from './preprompt-library';
import { RoleLibrary } from './role-library';

/** Settings → CoPilot: the triggers (admins), the pre-prompt library and the chat roles. */
export function CopilotSettings() {
  const { user } = useSession();
  return (
    <Stack>
      {user.role === 'admin' && <CopilotTriggers />}
      <PrepromptLibrary />
      <RoleLibrary />
    </Stack>
  );
}
