import { useEffect, useRef } from 'react';
import { SkipLink as GovukSkipLink } from 'govuk-frontend';

/** The GOV.UK skip link; govuk-frontend moves focus to `#${targetId}` on activation. */
export function SkipLink({ targetId }: { targetId: string }) {
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    const element = link.current;
    // govuk-frontend marks the element once set up, and refuses a second time
    // (React's StrictMode runs effects twice in development).
    if (element && !element.hasAttribute('data-govuk-skip-link-init')) {
      new GovukSkipLink(element);
    }
  }, []);

  return (
    <a ref={link} href={`#${targetId}`} className="govuk-skip-link" data-module="govuk-skip-link">
      Skip to main content
    </a>
  );
}
