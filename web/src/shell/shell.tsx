import { AppShell, Badge, Burger, Group, NavLink, ScrollArea, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuilding,
  IconChartBar,
  IconChecklist,
  IconCurrencyDollar,
  IconNews,
  IconPhone,
  IconRobot,
  IconShieldLock,
  IconSparkles,
  IconUsers,
  IconWand,
} from '@tabler/icons-react';
import { Outlet, NavLink as RouterLink, useLocation } from 'react-router';
import { useSession } from '../auth/session';
import { usePendingApprovals } from '../pages/agents/approvals-inbox';
import { Logo } from './logo';
import { UserMenu } from './user-menu';

const NAV = [
  { to: '/deals', label: 'Deals', icon: IconCurrencyDollar },
  { to: '/tasks', label: 'Tasks', icon: IconChecklist },
  { to: '/calls', label: 'Calls', icon: IconPhone },
  { to: '/contacts', label: 'Contacts', icon: IconUsers },
  { to: '/companies', label: 'Companies', icon: IconBuilding },
  { to: '/feed', label: 'Feed', icon: IconNews },
  { to: '/insights', label: 'Insights', icon: IconChartBar },
  { to: '/agents', label: 'Agents', icon: IconRobot },
];

/** The frame of the signed-in app: header with the account and user menu, navigation on the left. */
export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const { account, user } = useSession();
  const nav =
    user.role === 'admin'
      ? [
          ...NAV,
          { to: '/ai', label: 'AI technologies', icon: IconSparkles },
          { to: '/governance', label: 'AI governance', icon: IconShieldLock },
          { to: '/copilot', label: 'CoPilot', icon: IconWand },
        ]
      : NAV;
  const { pathname } = useLocation();
  const pending = usePendingApprovals();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Group gap="sm">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Logo />
            <Text c="dimmed" size="sm" visibleFrom="xs" data-testid="account-name">
              {account.name}
            </Text>
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          {nav.map(({ to, label, icon: Icon }) => (
            <NavLink
              key={to}
              component={RouterLink}
              to={to}
              label={label}
              rightSection={
                to === '/agents' && pending.data?.length ? (
                  <Badge
                    size="sm"
                    color="orange"
                    circle
                    aria-label={`${pending.data.length} approvals waiting`}
                  >
                    {pending.data.length}
                  </Badge>
                ) : undefined
              }
              active={pathname === to || pathname.startsWith(`${to}/`)}
              onClick={close}
              leftSection={
                <ThemeIcon variant="light" size="md" radius="md">
                  <Icon size={16} stroke={1.8} />
                </ThemeIcon>
              }
              styles={{ root: { borderRadius: 'var(--mantine-radius-md)', marginBottom: 2 } }}
              fw={500}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <Text size="xs" c="dimmed" px="xs">
            Workspace
          </Text>
          <Text size="sm" fw={600} px="xs" truncate>
            {account.name}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1400, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
