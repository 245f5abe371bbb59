import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The GOV.UK success notification banner, shown after a form is saved. It
 * takes focus when it appears, so the user hears that the change was made.
 */
export function SuccessBanner({ children }: { children: ReactNode }) {
  const id = useId();
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    banner.current?.focus();
  }, [children]);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      ref={banner}
      data-testid="success-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={`${id}-title`}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
