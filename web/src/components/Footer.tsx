/** The page footer. It links nowhere outside the service: the app runs offline. */
export function Footer() {
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                This service is for safeguarding partnerships and the agencies that work with them.
              </p>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
