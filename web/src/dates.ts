// Dates as GOV.UK writes them: "10 March 2026" (no leading zero, full month,
// no weekday unless asked). The API sends civil dates as "YYYY-MM-DD" and
// instants as UTC ISO-8601; instants are shown in UK time.

const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2026-03-10" → "10 March 2026"; anything else is returned as it came. */
export function formatDate(civil: string | null | undefined): string {
  if (!civil) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(civil);
  if (!match) return civil;
  const month = months[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : civil;
}

const ukDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  // 1 to 12, as "12:30am" and "12:00pm" are written; en-GB's own 12-hour clock (`hour12`) counts 0 to 11.
  hourCycle: 'h12',
});

/** "2026-03-10T14:05:00Z" → "10 March 2026 at 2:05pm" (UK time). */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return '';
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) return instant;
  const parts = Object.fromEntries(ukDateTime.formatToParts(when).map((part) => [part.type, part.value]));
  const period = (parts['dayPeriod'] ?? '').toLowerCase().replace(/\s/g, '');
  return `${parts['day']} ${parts['month']} ${parts['year']} at ${parts['hour']}:${parts['minute']}${period}`;
}

/** Today in the UK as "YYYY-MM-DD". */
export function todayCivil(): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  return parts;
}
