import { Text, type TextProps, Tooltip } from '@mantine/core';
import { formatDateTime, fromNow } from '../lib/format';

/** "3 hours ago", with the exact time on hover. */
export function TimeAgo({ value, ...props }: { value: string | null | undefined } & TextProps) {
  if (!value)
    return (
      <Text span {...props}>
        —
      </Text>
    );
  return (
    <Tooltip label={formatDateTime(value)} openDelay={300}>
      <Text span {...props}>
        <time dateTime={value}>{fromNow(value)}</time>
      </Text>
    </Tooltip>
  );
}
