import { useState, type ReactNode } from 'react';
import { fieldId } from './ErrorSummary';

/**
 * The GOV.UK password input: a password field with a "Show" button that
 * reveals what was typed, announcing the change to screen readers. Its id
 * is fieldId(name), where the error summary's link points.
 */
export function PasswordInput({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  autoComplete,
}: {
  name: string;
  /** Also names the button: "Show new password". */
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
}) {
  const id = fieldId(name);
  const [shown, setShown] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const what = label.toLowerCase();

  const toggle = () => {
    setShown(!shown);
    setAnnouncement(shown ? `Your ${what} is hidden` : `Your ${what} is visible`);
  };

  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error govuk-password-input' : 'govuk-form-group govuk-password-input'}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <div className="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          className={error ? 'govuk-input govuk-password-input__input govuk-input--error' : 'govuk-input govuk-password-input__input'}
          id={id}
          name={name}
          type={shown ? 'text' : 'password'}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete={autoComplete}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
        />
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-password-input__toggle"
          data-module="govuk-button"
          aria-controls={id}
          aria-label={shown ? `Hide ${what}` : `Show ${what}`}
          onClick={toggle}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
      <div className="govuk-password-input__sr-status govuk-visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
