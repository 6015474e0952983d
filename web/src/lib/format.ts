import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';

dayjs.extend(relativeTime);

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * `12500.5` + `EUR` → `€12,500.50` in the browser's locale; an unknown currency code falls back to
 * `12,500.50 XYZ`.
 */
export function formatMoney(
  amount: string | number | null | undefined,
  currency: string,
  locale?: string,
): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const value = Number(amount);
  if (!Number.isFinite(value)) return String(amount);
  const key = `${locale ?? ''}:${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 });
    } catch {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
    }
    moneyFormats.set(key, format);
  }
  const text = format.format(value);
  return format.resolvedOptions().style === 'currency' ? text : `${text} ${currency}`;
}

/** Sums amounts per currency: `[{ currency: 'USD', total: 1200 }]`, largest first. */
export function totalsByCurrency(items: { amount: string | null; currency: string }[]) {
  const sums = new Map<string, number>();
  for (const { amount, currency } of items) {
    if (amount === null) continue;
    sums.set(currency, (sums.get(currency) ?? 0) + Number(amount));
  }
  return [...sums].map(([currency, total]) => ({ currency, total })).sort((a, b) => b.total - a.total);
}

export const formatDate = (value: string | null | undefined) =>
  value ? dayjs(value).format('MMM D, YYYY') : '—';

export const formatDateTime = (value: string | null | undefined) =>
  value ? dayjs(value).format('MMM D, YYYY h:mm A') : '—';

export const fromNow = (value: string | null | undefined) => (value ? dayjs(value).fromNow() : '—');

/** 75 → `1:15`, 3725 → `1:02:05`. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export function formatBytes(bytes: number | null | undefined): string {
  if (!bytes) return '—';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase();
}

export const isOverdue = (dueAt: string | null, status: string) =>
  !!dueAt && (status === 'open' || status === 'in_progress') && dayjs(dueAt).isBefore(dayjs());

export const humanize = (value: string) => {
  const s = value.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** `https://www.acme.com/about` → `www.acme.com`. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
