import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

/**
 * Puts a failed save on the form: per-field messages under their inputs, and a sentence for the alert
 * above the form. Returns that sentence.
 */
// biome-ignore lint/suspicious/noExplicitAny: any form shape
export function formError(form: UseFormReturnType<any>, err: unknown): string {
  if (!(err instanceof ApiError)) return 'Saving failed unexpectedly. Try again.';
  const fields = err.fieldErrors();
  const known = Object.keys(fields).filter((f) => f in form.getValues());
  if (known.length) {
    form.setErrors(Object.fromEntries(known.map((f) => [f, fields[f]])));
    const others = Object.keys(fields).filter((f) => !known.includes(f));
    return others.length
      ? `Check the highlighted fields (${others.map((f) => `${f}: ${fields[f]}`).join('; ')}).`
      : 'Check the highlighted fields.';
  }
  if (err.code === 'version_conflict')
    return 'Someone else changed this record while you were editing. Close the form to see their changes, then try again.';
  return err.message;
}

/** A failed action outside a form, shown as a notification. */
export function notifyError(err: unknown, title = 'That did not work') {
  notifications.show({
    color: 'red',
    title,
    message: err instanceof ApiError ? err.message : 'Something unexpected happened. Try again.',
  });
}
