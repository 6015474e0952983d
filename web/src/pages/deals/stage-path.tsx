import { Button, ScrollArea } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { Stage } from '../../api/types';
import { stageColor } from '../../components/badges';

/** The pipeline as a row of steps; the current stage is filled, and clicking another moves the deal. */
export function StagePath({
  stages,
  current,
  pending,
  onChange,
}: {
  stages: Stage[];
  current: string;
  pending?: string;
  onChange: (stage: Stage) => void;
}) {
  const currentIndex = stages.findIndex((s) => s.id === current);
  const currentStage = stages[currentIndex];
  return (
    <ScrollArea type="auto" offsetScrollbars role="group" aria-label="Stage">
      <Button.Group>
        {stages.map((stage, i) => {
          const isCurrent = stage.id === current;
          const passed = currentStage?.kind === 'open' ? i < currentIndex : stage.kind === 'open';
          const color = isCurrent ? stageColor(stage, stages) : 'blue';
          return (
            <Button
              key={stage.id}
              variant={isCurrent ? 'filled' : passed ? 'light' : 'default'}
              color={color}
              aria-pressed={isCurrent}
              loading={pending === stage.id}
              disabled={!!pending && pending !== stage.id}
              onClick={() => !isCurrent && onChange(stage)}
              leftSection={passed ? <IconCheck size={14} /> : undefined}
              miw={110}
              size="sm"
            >
              {stage.name}
            </Button>
          );
        })}
      </Button.Group>
    </ScrollArea>
  );
}
