import {
  Alert,
  Button,
  Center,
  Code,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { FullPageLoader } from '../components/full-page-loader';
import { Logo } from '../shell/logo';
import { useAuthActions, useSessionQuery } from './session';

/** Only paths inside the app: a `next` that points elsewhere would make the login page an open redirect. */
const safeNext = (next: string | null) => (next?.startsWith('/') && !next.startsWith('//') ? next : '/deals');

function waitText(seconds: number) {
  if (seconds >= 90) return `${Math.ceil(seconds / 60)} minutes`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

export function LoginPage() {
  const session = useSessionQuery();
  const [params] = useSearchParams();
  const { logIn } = useAuthActions();
  const [error, setError] = useState<string | null>(null);
  const [lockedFor, setLockedFor] = useState(0);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (lockedFor <= 0) return;
    const timer = setTimeout(() => setLockedFor((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [lockedFor]);

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter your email address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });

  if (session.isPending) return <FullPageLoader />;
  if (session.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = form.onSubmit(async ({ email, password }) => {
    setError(null);
    setBusy(true);
    try {
      await logIn(email.trim(), password);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'login_throttled') {
        const seconds = err.retryAfter ?? 60;
        setLockedFor(seconds);
        setError(
          'Too many failed sign-in attempts. For your security, signing in is paused for this account.',
        );
      } else if (err instanceof ApiError && err.code === 'validation_failed') {
        form.setErrors(err.fieldErrors());
        setError('Check the highlighted fields.');
      } else setError(err instanceof ApiError ? err.message : 'Sign-in failed. Try again.');
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  });

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={400} gap="lg">
        <Center>
          <Logo />
        </Center>
        <Paper p="xl" shadow="sm">
          <Title order={3} mb={4}>
            Sign in
          </Title>
          <Text c="dimmed" size="sm" mb="lg">
            Use the email and password of your Cohelm workspace.
          </Text>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {error && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
                  {error}
                  {lockedFor > 0 && (
                    <Text size="sm" mt={4}>
                      Try again in {waitText(lockedFor)}.
                    </Text>
                  )}
                </Alert>
              )}
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                placeholder="you@company.com"
                required
                autoFocus
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button
                type="submit"
                fullWidth
                loading={busy}
                disabled={lockedFor > 0}
                leftSection={<IconLock size={16} />}
              >
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          Forgot your password? Ask an administrator of your workspace, or run{' '}
          <Code>cohelm user reset-password</Code> on the server.
        </Text>
      </Stack>
    </Center>
  );
}
