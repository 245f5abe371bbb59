import { useEffect, useRef } from 'react';

/**
 * The GOV.UK success notification banner, for a change that has been made.
 * It takes focus whenever it shows a new message (`id` changes), so the
 * confirmation is heard and seen.
 */
export function SuccessBanner({ message, id }: { message: string; id: number }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    banner.current?.focus();
  }, [id]);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-banner-title"
      tabIndex={-1}
      ref={banner}
      data-testid="success-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{message}</p>
      </div>
    </div>
  );
}
