import { Grid, NumberInput, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useStages, useUsers } from '../../api/queries';
import type { Deal } from '../../api/types';
import { EntityMultiSelect, EntitySelect } from '../../components/entity-select';

const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
  'CNY',
  'INR',
  'SGD',
  'HKD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'TRY',
  'ILS',
  'AED',
  'SAR',
  'ZAR',
  'BRL',
  'MXN',
  'ARS',
  'CLP',
  'COP',
  'KRW',
];

export type DealFormValues = {
  title: string;
  amount: number | string;
  currency: string;
  stageId: string | null;
  expectedCloseDate: string | null;
  probability: number | string;
  source: string;
  ownerId: string | null;
  companyId: string | null;
  contactIds: string[];
};

export const dealFormValues = (deal?: Deal, defaults: Partial<DealFormValues> = {}): DealFormValues => ({
  title: deal?.title ?? '',
  amount: deal?.amount ?? '',
  currency: deal?.currency ?? 'USD',
  stageId: deal?.stageId ?? null,
  expectedCloseDate: deal?.expectedCloseDate ?? null,
  probability: deal?.probability ?? '',
  source: deal?.source ?? '',
  ownerId: deal?.ownerId ?? null,
  companyId: deal?.companyId ?? null,
  contactIds: deal?.contactIds ?? [],
  ...defaults,
});

export const validateDeal = {
  title: (v: string) =>
    v.trim() ? (v.length > 300 ? 'At most 300 characters' : null) : 'Give the deal a title',
  amount: (v: number | string) =>
    v === '' || /^-?\d{1,14}(\.\d{1,2})?$/.test(String(v)) ? null : 'A number with at most 2 decimals',
  probability: (v: number | string) =>
    v === '' || (Number(v) >= 0 && Number(v) <= 100 && Number.isInteger(Number(v)))
      ? null
      : 'A whole number 0–100',
};

/** The request body for the form's values; `null` clears a field (on update). */
export const dealBody = (v: DealFormValues) => ({
  title: v.title.trim(),
  amount: v.amount === '' ? null : String(v.amount),
  currency: v.currency,
  stageId: v.stageId ?? undefined,
  expectedCloseDate: v.expectedCloseDate || null,
  probability: v.probability === '' ? null : Number(v.probability),
  source: v.source.trim() || null,
  ownerId: v.ownerId ?? undefined,
  companyId: v.companyId,
  contactIds: v.contactIds,
});

export function DealFields({ form }: { form: UseFormReturnType<DealFormValues> }) {
  const { stages } = useStages();
  const { options: people } = useUsers();
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <TextInput
          label="Title"
          placeholder="e.g. Acme — 50 seats annual"
          required
          data-autofocus
          {...form.getInputProps('title')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <NumberInput
          label="Amount"
          placeholder="0.00"
          decimalScale={2}
          thousandSeparator=","
          hideControls
          {...form.getInputProps('amount')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Select
          label="Currency"
          data={CURRENCIES}
          searchable
          allowDeselect={false}
          {...form.getInputProps('currency')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="Stage"
          data={stages.map((s) => ({ value: s.id, label: s.name }))}
          allowDeselect={false}
          placeholder="First stage"
          {...form.getInputProps('stageId')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <DateInput
          label="Expected close"
          placeholder="Pick a date"
          valueFormat="MMM D, YYYY"
          clearable
          {...form.getInputProps('expectedCloseDate')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="Owner"
          data={people}
          searchable
          allowDeselect={false}
          {...form.getInputProps('ownerId')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <NumberInput
          label="Probability (%)"
          placeholder="From the stage"
          min={0}
          max={100}
          allowDecimal={false}
          hideControls
          {...form.getInputProps('probability')}
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
        <TextInput label="Source" placeholder="e.g. Referral, Website" {...form.getInputProps('source')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <EntityMultiSelect
          kind="contacts"
          label="Contacts"
          value={form.getValues().contactIds}
          onChange={(ids) => form.setFieldValue('contactIds', ids)}
          error={form.errors.contactIds as string | undefined}
        />
      </Grid.Col>
    </Grid>
  );
}
