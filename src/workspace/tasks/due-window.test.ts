import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dueWindow } from './due-window.js';

const iso = (w: { from: Date; to: Date }) => [w.from.toISOString(), w.to.toISOString()];

test('today and week in UTC', () => {
  const now = new Date('2026-03-10T15:00:00Z');
  assert.deepEqual(iso(dueWindow('today', 'UTC', now)), [
    '2026-03-10T00:00:00.000Z',
    '2026-03-11T00:00:00.000Z',
  ]);
  assert.deepEqual(iso(dueWindow('week', 'UTC', now)), [
    '2026-03-10T00:00:00.000Z',
    '2026-03-17T00:00:00.000Z',
  ]);
});

test('the local calendar day decides, not the UTC one', () => {
  // 23:30 in New York on 9 March is already 10 March in UTC.
  const now = new Date('2026-03-10T03:30:00Z');
  assert.deepEqual(iso(dueWindow('today', 'America/New_York', now)), [
    '2026-03-09T04:00:00.000Z',
    '2026-03-10T04:00:00.000Z',
  ]);
  assert.deepEqual(iso(dueWindow('today', 'Asia/Tokyo', new Date('2026-03-10T16:00:00Z'))), [
    '2026-03-10T15:00:00.000Z',
    '2026-03-11T15:00:00.000Z',
  ]);
});

test('a week across a daylight-saving change ends at local midnight', () => {
  // Berlin moves from UTC+1 to UTC+2 on 29 March 2026.
  const w = dueWindow('week', 'Europe/Berlin', new Date('2026-03-25T12:00:00Z'));
  assert.deepEqual(iso(w), ['2026-03-24T23:00:00.000Z', '2026-03-31T22:00:00.000Z']);
  const day = dueWindow('today', 'Europe/Berlin', new Date('2026-03-29T12:00:00Z'));
  assert.equal(day.to.getTime() - day.from.getTime(), 23 * 3600 * 1000);
});

test('an unknown time zone falls back to UTC instead of failing', () => {
  const now = new Date('2026-03-10T15:00:00Z');
  assert.deepEqual(iso(dueWindow('today', 'Not/AZone', now)), iso(dueWindow('today', 'UTC', now)));
});
