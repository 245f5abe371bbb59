import { useEffect, useState } from 'react';
import { ApiError, fetchServerVersion } from '../api';
import { usePageTitle } from '../usePageTitle';

type VersionState =
  | { status: 'loading' }
  | { status: 'loaded'; version: string }
  | { status: 'failed'; error: ApiError };

function useServerVersion(): VersionState {
  const [state, setState] = useState<VersionState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchServerVersion(controller.signal).then(
      ({ version }) => setState({ status: 'loaded', version }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError({ type: 'about:blank', title: 'Something went wrong', status: 0 });
        setState({ status: 'failed', error: apiError });
      },
    );
    return () => controller.abort();
  }, []);

  return state;
}

function VersionError({ error }: { error: ApiError }) {
  const { title, detail, status } = error.problem;
  return (
    <div className="govuk-error-summary" data-testid="server-version-error">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem with the service</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            The server version could not be loaded: {title}
            {status > 0 ? ` (HTTP ${status})` : ''}.
          </p>
          {detail ? <p className="govuk-body">{detail}</p> : null}
          <p className="govuk-body govuk-!-margin-bottom-0">Try again later.</p>
        </div>
      </div>
    </div>
  );
}

export function StartPage() {
  usePageTitle();
  const version = useServerVersion();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Case reviews</h1>
        <p className="govuk-body-l">
          Case reviews helps safeguarding partnerships run statutory case reviews, from the first
          referral to the published learning.
        </p>

        <h2 className="govuk-heading-m">About this service</h2>
        {version.status === 'failed' ? <VersionError error={version.error} /> : null}
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Server version</dt>
            <dd className="govuk-summary-list__value" aria-live="polite" aria-busy={version.status === 'loading'}>
              {version.status === 'loading' ? <span className="govuk-hint govuk-!-margin-bottom-0">Loading…</span> : null}
              {version.status === 'loaded' ? <span data-testid="server-version">{version.version}</span> : null}
              {version.status === 'failed' ? 'Not available' : null}
            </dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
