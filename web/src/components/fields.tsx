// GOV.UK form fields with their label, hint and inline error. Each takes
// the API field name as `name`; its input's id is fieldId(name), which is
// where the error summary's links point.
import type { ReactNode } from 'react';
import { fieldId } from './ErrorSummary';

interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The label as the page heading (one-question pages). */
  isPageHeading?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function Hint({ id, hint }: { id: string; hint: ReactNode }) {
  return hint ? (
    <div id={`${id}-hint`} className="govuk-hint">
      {hint}
    </div>
  ) : null;
}

function InlineError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

function Label({ id, label, isPageHeading }: { id: string; label: ReactNode; isPageHeading?: boolean | undefined }) {
  if (isPageHeading) {
    return (
      <h1 className="govuk-label-wrapper">
        <label className="govuk-label govuk-label--l" htmlFor={id}>
          {label}
        </label>
      </h1>
    );
  }
  return (
    <label className="govuk-label" htmlFor={id}>
      {label}
    </label>
  );
}

function groupClass(error: unknown): string {
  return error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group';
}

export function TextInput({
  name,
  label,
  hint,
  error,
  isPageHeading,
  value,
  onChange,
  type = 'text',
  width,
  autoComplete,
  inputMode,
  spellCheck,
  maxLength,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'number';
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  spellCheck?: boolean;
  /** The server's limit for the field (src/api/limits.ts). */
  maxLength?: number | undefined;
}) {
  const id = fieldId(name);
  const classes = ['govuk-input', width ? `govuk-input--width-${width}` : '', error ? 'govuk-input--error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={groupClass(error)}>
      <Label id={id} label={label} isPageHeading={isPageHeading} />
      <Hint id={id} hint={hint} />
      <InlineError id={id} error={error} />
      <input
        className={classes}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        {...(autoComplete ? { autoComplete } : {})}
        {...(inputMode ? { inputMode } : {})}
        {...(spellCheck !== undefined ? { spellCheck } : {})}
        {...(maxLength !== undefined ? { maxLength } : {})}
      />
    </div>
  );
}

export function Textarea({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 5,
  maxLength,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  /** The server's limit for the field (src/api/limits.ts). */
  maxLength?: number | undefined;
}) {
  const id = fieldId(name);
  return (
    <div className={groupClass(error)}>
      <Label id={id} label={label} />
      <Hint id={id} hint={hint} />
      <InlineError id={id} error={error} />
      <textarea
        className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        {...(maxLength !== undefined ? { maxLength } : {})}
      />
    </div>
  );
}

/**
 * A radio or checkbox option. Its hint's id is "<option id>-item-hint", as
 * GOV.UK Frontend names them: the first option's id is the field's, whose
 * own hint is "<field id>-hint".
 */
export interface Option {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export function Select({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  options,
}: FieldProps & { value: string; onChange: (value: string) => void; options: readonly Option[] }) {
  const id = fieldId(name);
  return (
    <div className={groupClass(error)}>
      <Label id={id} label={label} />
      <Hint id={id} hint={hint} />
      <InlineError id={id} error={error} />
      <select
        className={error ? 'govuk-select govuk-select--error' : 'govuk-select'}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Fieldset({
  id,
  legend,
  hint,
  error,
  isPageHeading,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  isPageHeading?: boolean | undefined;
  children: ReactNode;
}) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={isPageHeading ? 'govuk-fieldset__legend govuk-fieldset__legend--l' : 'govuk-fieldset__legend govuk-fieldset__legend--s'}>
          {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        <Hint id={id} hint={hint} />
        <InlineError id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

/**
 * One radio or checkbox with its label and, when the option has one, its hint
 * (linked by aria-describedby, and named `<id>-item-hint` as GOV.UK Frontend
 * does, so it never clashes with the group's own hint).
 */
function ChoiceItem({
  kind,
  id,
  name,
  option,
  checked,
  onChange,
}: {
  kind: 'radios' | 'checkboxes';
  id: string;
  name: string;
  option: Option;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = `${id}-item-hint`;
  return (
    <div className={`govuk-${kind}__item`}>
      <input
        className={`govuk-${kind}__input`}
        id={id}
        name={name}
        type={kind === 'radios' ? 'radio' : 'checkbox'}
        value={option.value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={option.hint ? hintId : undefined}
      />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
        {option.label}
      </label>
      {option.hint ? (
        <div id={hintId} className={`govuk-hint govuk-${kind}__hint`}>
          {option.hint}
        </div>
      ) : null}
    </div>
  );
}

/** GOV.UK radios; the first radio carries the field's id, for the error summary. */
export function Radios({
  name,
  label,
  hint,
  error,
  isPageHeading,
  value,
  onChange,
  options,
  inline,
}: FieldProps & { value: string; onChange: (value: string) => void; options: readonly Option[]; inline?: boolean }) {
  const id = fieldId(name);
  return (
    <Fieldset id={id} legend={label} hint={hint} error={error} isPageHeading={isPageHeading}>
      <div className={inline ? 'govuk-radios govuk-radios--inline' : 'govuk-radios'}>
        {options.map((option, index) => (
          <ChoiceItem
            key={option.value}
            kind="radios"
            id={index === 0 ? id : `${id}-${index + 1}`}
            name={name}
            option={option}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
        ))}
      </div>
    </Fieldset>
  );
}

/** GOV.UK checkboxes over a set of values. */
export function Checkboxes({
  name,
  label,
  hint,
  error,
  values,
  onChange,
  options,
}: FieldProps & { values: readonly string[]; onChange: (values: string[]) => void; options: readonly Option[] }) {
  const id = fieldId(name);
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((item) => item !== value));
  return (
    <Fieldset id={id} legend={label} hint={hint} error={error}>
      <div className="govuk-checkboxes govuk-checkboxes--small">
        {options.map((option, index) => (
          <ChoiceItem
            key={option.value}
            kind="checkboxes"
            id={index === 0 ? id : `${id}-${index + 1}`}
            name={name}
            option={option}
            checked={values.includes(option.value)}
            onChange={(checked) => toggle(option.value, checked)}
          />
        ))}
      </div>
    </Fieldset>
  );
}

/** A yes/no question as a pair of inline GOV.UK radios. */
export function YesNo({
  name,
  label,
  hint,
  error,
  value,
  onChange,
}: FieldProps & { value: boolean | null; onChange: (value: boolean) => void }) {
  return (
    <Radios
      name={name}
      label={label}
      hint={hint}
      error={error}
      inline
      value={value === null ? '' : value ? 'yes' : 'no'}
      onChange={(choice) => onChange(choice === 'yes')}
      options={[
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ]}
    />
  );
}

/** The parts of a GOV.UK date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate: DateParts = { day: '', month: '', year: '' };

/** "YYYY-MM-DD" from the parts, or null when they are not a real date (blank: ""). */
export function civilFromParts({ day, month, year }: DateParts): string | null {
  if (!day.trim() && !month.trim() && !year.trim()) return '';
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return null;
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function partsFromCivil(civil: string | null | undefined): DateParts {
  const match = civil ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(civil) : null;
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' } : emptyDate;
}

/** The GOV.UK date input: day, month and year boxes in a fieldset. */
export function DateInput({
  name,
  label,
  hint = 'For example, 27 3 2026',
  error,
  value,
  onChange,
}: FieldProps & { value: DateParts; onChange: (value: DateParts) => void }) {
  const id = fieldId(name);
  const part = (key: keyof DateParts, text: string, width: 2 | 4) => {
    const partId = key === 'day' ? id : `${id}-${key}`;
    return (
      <div className="govuk-date-input__item" key={key}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
            {text}
          </label>
          <input
            className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
            id={partId}
            name={`${name}-${key}`}
            type="text"
            inputMode="numeric"
            value={value[key]}
            onChange={(event) => onChange({ ...value, [key]: event.target.value })}
          />
        </div>
      </div>
    );
  };
  return (
    <Fieldset id={id} legend={label} hint={hint} error={error}>
      <div className="govuk-date-input">
        {part('day', 'Day', 2)}
        {part('month', 'Month', 2)}
        {part('year', 'Year', 4)}
      </div>
    </Fieldset>
  );
}

/** The GOV.UK file upload. */
export function FileUpload({
  name,
  label,
  hint,
  error,
  onChange,
}: FieldProps & { onChange: (file: File | null) => void }) {
  const id = fieldId(name);
  return (
    <div className={groupClass(error)}>
      <Label id={id} label={label} />
      <Hint id={id} hint={hint} />
      <InlineError id={id} error={error} />
      <input
        className={error ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'}
        id={id}
        name={name}
        type="file"
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
