import { Grid, Select, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useUsers } from '../../api/queries';
import type { Company } from '../../api/types';

export type CompanyFormValues = {
  name: string;
  industry: string;
  website: string;
  phone: string;
  address: string;
  ownerId: string | null;
};

export const companyFormValues = (c?: Company): CompanyFormValues => ({
  name: c?.name ?? '',
  industry: c?.industry ?? '',
  website: c?.website ?? '',
  phone: c?.phone ?? '',
  address: c?.address ?? '',
  ownerId: c?.ownerId ?? null,
});

/** "acme.com" is what people type; the API wants a URL. */
const withScheme = (url: string) => (url && !/^[a-z][a-z\d+.-]*:\/\//i.test(url) ? `https://${url}` : url);

export const validateCompany = {
  name: (v: string) => (v.trim() ? null : 'Enter the company name'),
  website: (v: string) => {
    if (!v.trim()) return null;
    try {
      new URL(withScheme(v.trim()));
      return null;
    } catch {
      return 'Enter a web address such as acme.com';
    }
  },
};

export const companyBody = (v: CompanyFormValues) => ({
  name: v.name.trim(),
  industry: v.industry.trim() || null,
  website: withScheme(v.website.trim()) || null,
  phone: v.phone.trim() || null,
  address: v.address.trim() || null,
  ownerId: v.ownerId ?? undefined,
});

export function CompanyFields({ form }: { form: UseFormReturnType<CompanyFormValues> }) {
  const { options } = useUsers();
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Industry" placeholder="e.g. Manufacturing" {...form.getInputProps('industry')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Website" placeholder="acme.com" {...form.getInputProps('website')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select label="Owner" placeholder="Me" data={options} searchable {...form.getInputProps('ownerId')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />
      </Grid.Col>
    </Grid>
  );
}
