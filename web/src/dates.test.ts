import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatInstant, todayCivil } from './dates';

describe('formatDate', () => {
  it('writes a civil date as GOV.UK does: day without a leading zero, the month in full', () => {
    expect(formatDate('2026-03-10')).toBe('10 March 2026');
    expect(formatDate('2026-03-01')).toBe('1 March 2026');
    expect(formatDate('2027-12-31')).toBe('31 December 2027');
  });

  it('leaves what is not a civil date as it came, and nothing as nothing', () => {
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDate('10/03/2026')).toBe('10/03/2026');
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
  });
});

describe('formatInstant', () => {
  it('shows a winter instant in GMT', () => {
    expect(formatInstant('2026-01-15T12:00:00Z')).toBe('15 January 2026 at 12:00pm');
    expect(formatInstant('2026-01-15T09:05:00Z')).toBe('15 January 2026 at 9:05am');
  });

  it('moves on an hour when British Summer Time starts (01:00 UTC on the last Sunday of March)', () => {
    expect(formatInstant('2026-03-29T00:59:00Z')).toBe('29 March 2026 at 12:59am');
    expect(formatInstant('2026-03-29T01:00:00Z')).toBe('29 March 2026 at 2:00am');
  });

  it('shows a summer instant in BST, on the UK date even when UTC is still on the day before', () => {
    expect(formatInstant('2026-07-01T13:05:00Z')).toBe('1 July 2026 at 2:05pm');
    expect(formatInstant('2026-06-30T23:30:00Z')).toBe('1 July 2026 at 12:30am');
  });

  it('shows 1:30am twice when summer time ends (01:00 UTC on the last Sunday of October)', () => {
    expect(formatInstant('2026-10-25T00:30:00Z')).toBe('25 October 2026 at 1:30am');
    expect(formatInstant('2026-10-25T01:30:00Z')).toBe('25 October 2026 at 1:30am');
    expect(formatInstant('2026-10-25T02:30:00Z')).toBe('25 October 2026 at 2:30am');
  });

  it('leaves what is not an instant as it came', () => {
    expect(formatInstant('yesterday')).toBe('yesterday');
    expect(formatInstant(null)).toBe('');
  });
});

describe('todayCivil', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the UK date: already tomorrow just after midnight in summer, while UTC is still today', () => {
    vi.useFakeTimers({ now: new Date('2026-06-30T23:30:00Z') });
    expect(todayCivil()).toBe('2026-07-01');
  });

  it('is the UTC date in winter, up to midnight', () => {
    vi.useFakeTimers({ now: new Date('2026-12-31T23:59:00Z') });
    expect(todayCivil()).toBe('2026-12-31');
  });
});
