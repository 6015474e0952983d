import { Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconLogout, IconSettings } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useAuthActions, useSession } from '../auth/session';
import { UserAvatar } from '../components/user-avatar';

export function UserMenu() {
  const { user, account } = useSession();
  const { logOut } = useAuthActions();
  const navigate = useNavigate();
  const signOut = async () => {
    try {
      await logOut();
    } catch {
      // The session may already be gone; the user is signed out either way.
    }
    notifications.show({ message: 'You are signed out', color: 'gray' });
    navigate('/login', { replace: true });
  };
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label="User menu" px={6} py={4} style={{ borderRadius: 8 }}>
          <Group gap={8}>
            <UserAvatar name={user.name} />
            <Text size="sm" fw={500} visibleFrom="xs">
              {user.name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
          <Group gap={6} mt={6}>
            <Badge size="xs" variant="light">
              {user.role}
            </Badge>
            <Text size="xs" c="dimmed" truncate>
              {account.name}
            </Text>
          </Group>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<IconSettings size={16} />} onClick={() => navigate('/settings')}>
          Settings
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
