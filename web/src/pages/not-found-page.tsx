import { Button, Paper } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Empty } from '../components/empty';

export function NotFoundPage({ what = 'page', back = '/deals' }: { what?: string; back?: string }) {
  return (
    <Paper>
      <Empty
        icon={<IconMapOff size={28} />}
        title={`This ${what} was not found`}
        description={
          what === 'page'
            ? 'The address may be mistyped, or the page has moved.'
            : `It may have been deleted, or it is not shared with you.`
        }
        action={
          <Button component={Link} to={back} variant="default">
            Go back
          </Button>
        }
      />
    </Paper>
  );
}
