import { Avatar, type MantineSize } from '@mantine/core';
import { initials } from '../lib/format';

const COLORS = ['blue', 'teal', 'grape', 'orange', 'indigo', 'cyan', 'pink', 'lime'];

/** Initials on a colour that stays the same for the same name. */
export function UserAvatar({ name, size = 'sm' }: { name: string; size?: MantineSize | number }) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return (
    <Avatar size={size} radius="xl" color={COLORS[Math.abs(hash) % COLORS.length]} variant="light">
      {initials(name)}
    </Avatar>
  );
}
