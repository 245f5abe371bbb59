import type { FieldError } from '../../api/client';
import { civilFromParts, type DateParts } from '../../components/fields';

/**
 * The civil date typed into a date input, or '' when left blank. Pushes an
 * error onto `invalid` for a date that is not real, or blank when `required`;
 * `what` names the date in the message ("the date of the decision").
 */
export function checkDate(parts: DateParts, field: string, what: string, required: boolean, invalid: FieldError[]): string {
  const civil = civilFromParts(parts);
  if (civil === null) {
    invalid.push({ field, message: `Enter ${what} as a real date, for example 27 3 2026` });
    return '';
  }
  if (civil === '' && required) invalid.push({ field, message: `Enter ${what}` });
  return civil;
}

/** The non-empty lines of a textarea, trimmed: one item per line. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
