import { Badge } from '@mantine/core';
import type { Sentiment } from './copilot-types';

const COLOR = { positive: 'teal', neutral: 'gray', negative: 'red' } as const;

export function SentimentBadge({ s }: { s?: Sentiment | null }) {
  if (!s) return null;
  return (
    <Badge size="xs" variant="light" color={COLOR[s.label] ?? 'gray'} w="fit-content">
      Tone: {s.label}
    </Badge>
  );
}
