import { Code, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { post } from '../api/client';

type TemplateCheck = {
  ok: boolean;
  error?: { message: string; line: number; column: number };
  markers: string[];
};

const HELP =
  '{original_message} {user_message} {author_message} {context_messages} {language} {author.name} {current_result_0} {role}…{/role} @if(engine.code == "local") @else @endif @switch(engine.code) @case(openai) @endswitch @setTemperature(0.3) @setTokens(500)';

/** The server's verdict on a template as the user types: valid with the markers it uses, or where it is wrong. */
export function useTemplateCheck(template: string) {
  const [settled] = useDebouncedValue(template, 300);
  return useQuery({
    queryKey: ['copilot', 'check', settled],
    queryFn: () => post<TemplateCheck>('/copilot/preprompts/check', { template: settled }),
    enabled: settled.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A template textarea, checked live: a mistake is shown with its line and column and a caret under it. */
export function TemplateEditor({
  value,
  onChange,
  check,
  readOnly,
}: {
  value: string;
  onChange?: (v: string) => void;
  check?: TemplateCheck;
  readOnly?: boolean;
}) {
  const error = check && !check.ok ? check.error : undefined;
  const line = error ? (value.split('\n')[error.line - 1] ?? '') : '';
  return (
    <Stack gap={4}>
      <Textarea
        label="Template"
        aria-label="Template"
        autosize
        minRows={5}
        maxRows={18}
        readOnly={readOnly}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        value={value}
        onChange={(e) => onChange?.(e.currentTarget.value)}
        error={error ? `Line ${error.line}, column ${error.column}: ${error.message}` : undefined}
      />
      {error && (
        <Code block aria-label="Where the template is wrong" c="red">
          {`${String(error.line).padStart(3)} | ${line}\n      ${' '.repeat(Math.max(0, error.column - 1))}^`}
        </Code>
      )}
      <Text size="xs" c="dimmed">
        {check?.ok
          ? `Valid. Uses: ${check.markers.join(', ') || 'no markers'}. `
          : 'Markers and directives: '}
        <Code>{HELP}</Code>
      </Text>
    </Stack>
  );
}
