import { Group, Text } from '@mantine/core';
import { Link } from 'react-router';

export function Logo() {
  return (
    <Link to="/deals" style={{ textDecoration: 'none', color: 'inherit' }} aria-label="Cohelm home">
      <Group gap={8}>
        <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="var(--mantine-color-blue-7)" />
          <path
            d="M21.5 11.2a7 7 0 1 0 0 9.6"
            fill="none"
            stroke="#fff"
            strokeWidth="3.2"
            strokeLinecap="round"
          />
        </svg>
        <Text fw={700} size="lg" lts={-0.3}>
          Cohelm
        </Text>
      </Group>
    </Link>
  );
}
