import { Badge } from '@mantine/core';
import type { CallStatus, Stage, TaskPriority, TaskStatus } from '../api/types';
import { humanize } from '../lib/format';

const OPEN_STAGE_COLORS = ['gray', 'blue', 'indigo', 'violet', 'cyan', 'grape'];

/** One colour per stage: open stages run through cool colours in pipeline order; won is green, lost red. */
export function stageColor(stage: Stage | undefined, stages: Stage[]): string {
  if (!stage) return 'gray';
  if (stage.kind === 'won') return 'teal';
  if (stage.kind === 'lost') return 'red';
  const index = stages.filter((s) => s.kind === 'open').findIndex((s) => s.id === stage.id);
  return OPEN_STAGE_COLORS[Math.max(0, index) % OPEN_STAGE_COLORS.length]!;
}

export function StageBadge({ stage, stages }: { stage: Stage | undefined; stages: Stage[] }) {
  return (
    <Badge variant="light" color={stageColor(stage, stages)} radius="sm">
      {stage?.name ?? 'Unknown stage'}
    </Badge>
  );
}

const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  open: 'blue',
  in_progress: 'yellow',
  done: 'teal',
  cancelled: 'gray',
};
export const TaskStatusBadge = ({ status }: { status: TaskStatus }) => (
  <Badge variant="light" radius="sm" color={TASK_STATUS_COLORS[status]}>
    {humanize(status)}
  </Badge>
);

const PRIORITY_COLORS: Record<TaskPriority, string> = { low: 'gray', normal: 'blue', high: 'red' };
export const PriorityBadge = ({ priority }: { priority: TaskPriority }) => (
  <Badge variant="dot" radius="sm" color={PRIORITY_COLORS[priority]}>
    {humanize(priority)}
  </Badge>
);

const CALL_STATUS_COLORS: Record<CallStatus, string> = {
  planned: 'blue',
  in_progress: 'yellow',
  ended: 'teal',
  missed: 'red',
};
export const CallStatusBadge = ({ status }: { status: CallStatus }) => (
  <Badge variant="light" radius="sm" color={CALL_STATUS_COLORS[status]}>
    {humanize(status)}
  </Badge>
);
