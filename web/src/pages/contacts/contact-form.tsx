import { Grid, Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useUsers } from '../../api/queries';
import type { Contact } from '../../api/types';
import { EntitySelect } from '../../components/entity-select';

export type ContactFormValues = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  position: string;
  companyId: string | null;
  ownerId: string | null;
};

export const contactFormValues = (
  c?: Contact,
  defaults: Partial<ContactFormValues> = {},
): ContactFormValues => ({
  firstName: c?.firstName ?? '',
  lastName: c?.lastName ?? '',
  email: c?.email ?? '',
  phone: c?.phone ?? '',
  position: c?.position ?? '',
  companyId: c?.companyId ?? null,
  ownerId: c?.ownerId ?? null,
  ...defaults,
});

export const validateContact = {
  firstName: (v: string) => (v.trim() ? null : 'Enter a first name'),
  email: (v: string) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter a valid email address'),
};

export const contactBody = (v: ContactFormValues) => ({
  firstName: v.firstName.trim(),
  lastName: v.lastName.trim(),
  email: v.email.trim() || null,
  phone: v.phone.trim() || null,
  position: v.position.trim() || null,
  companyId: v.companyId,
  ownerId: v.ownerId ?? undefined,
});

export function ContactFields({ form }: { form: UseFormReturnType<ContactFormValues> }) {
  const { options } = useUsers();
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="First name" required data-autofocus {...form.getInputProps('firstName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Last name" {...form.getInputProps('lastName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Email"
          type="email"
          placeholder="name@company.com"
          {...form.getInputProps('email')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Position"
          placeholder="e.g. Head of Procurement"
          {...form.getInputProps('position')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <EntitySelect
          kind="companies"
          label="Company"
          value={form.getValues().companyId}
          onChange={(id) => form.setFieldValue('companyId', id)}
          error={form.errors.companyId as string | undefined}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select label="Owner" placeholder="Me" data={options} searchable {...form.getInputProps('ownerId')} />
      </Grid.Col>
    </Grid>
  );
}
