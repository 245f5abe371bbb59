/**
 * The service header: the GOV.UK generic header (for services that are not on
 * GOV.UK itself) with the service name linking to the start page, and the
 * phase banner.
 */
export function Header() {
  return (
    <header className="govuk-template__header">
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <a href="/" className="govuk-generic-header__homepage-link">
              Case reviews
            </a>
          </div>
        </div>
      </div>
    </header>
  );
}

export function PhaseBanner() {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
        <span className="govuk-phase-banner__text">This is a new service. It is still being built.</span>
      </p>
    </div>
  );
}
