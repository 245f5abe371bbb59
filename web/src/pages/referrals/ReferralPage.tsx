import type { Referral, ReferralAssessment } from '../../api/referrals';
import { agenciesPath, agencyName } from '../../api/agencies';
import { referralPath } from '../../api/referrals';
import { reviewPath } from '../../api/reviews';
import { can } from '../../api/session';
import { ResourceView } from '../../components/ResourceView';
import { SummaryList } from '../../components/SummaryList';
import { StageTag } from '../../components/Tag';
import { formatDate, formatInstant } from '../../dates';
import { Link } from '../../router';
import { useUser } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { useResource } from '../../data/useResource';
import { AssessmentDetails, ObligationSummary } from './AssessmentView';
import { FactsSummary } from './FactsSummary';
import { useFlash } from '../../flash';
import { NotificationBanner } from '../../components/NotificationBanner';

/**
 * A referral: who referred it and when, its facts, the assessment they get
 * now, and every assessment made before (newest first), each as it was made.
 */
export function ReferralPage({ id }: { id: string }) {
  const [referral] = useResource(referralPath(id));
  const message = useFlash(`/referrals/${id}`);
  return (
    <ResourceView resource={referral} title="Referral">
      {(data) => <ReferralDetails referral={data} message={message} />}
    </ResourceView>
  );
}

function ReferralDetails({ referral, message }: { referral: Referral; message: string | null }) {
  const user = useUser();
  const [review] = useResource(reviewPath(referral.review_id));
  const [agencies] = useResource(agenciesPath);
  const loaded = review.status === 'loaded' ? review.data : null;
  const pseudonym = loaded?.pseudonym ?? `review ${referral.review_id}`;
  usePageTitle(loaded ? `Referral for ${loaded.pseudonym}` : 'Referral');

  const agency =
    referral.referring_agency_id === null
      ? 'Not one of the partnership’s agencies'
      : agencies.status === 'loaded'
        ? agencyName(agencies.data.items, referral.referring_agency_id)
        : '';
  const mayEdit = can(user, 'edit_review') && loaded?.may_edit === true;

  return (
    <div data-testid="referral" data-ready={review.status !== 'loading'}>
      {message ? <NotificationBanner success heading={message} /> : null}
      <span className="govuk-caption-l">Referral</span>
      <h1 className="govuk-heading-l">Referral for {pseudonym}</h1>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Who referred it</h2>
          <SummaryList
            rows={[
              { key: 'Referred by', value: referral.referrer_name },
              { key: 'Agency', value: agency },
              { key: 'Received on', value: formatDate(referral.received_on) },
              { key: 'Summary', value: <span className="app-preserve-lines">{referral.summary}</span> },
              { key: 'Recorded', value: formatInstant(referral.created_at) },
              {
                key: 'Review',
                value: (
                  <>
                    <Link className="govuk-link" href={`/reviews/${referral.review_id}`} data-testid="review-link">
                      {loaded ? `${loaded.pseudonym}’s review` : 'The review'}
                    </Link>
                    {loaded ? (
                      <>
                        {' '}
                        <StageTag stage={loaded.stage} />
                      </>
                    ) : null}
                  </>
                ),
              },
            ]}
          />

          <h2 className="govuk-heading-m">The incident</h2>
          {referral.facts ? <FactsSummary facts={referral.facts} /> : <p className="govuk-body">No facts have been recorded.</p>}
          {mayEdit && referral.facts ? (
            <p className="govuk-body">
              <Link href={`/referrals/${referral.id}/facts`} className="govuk-link" data-testid="change-facts">
                Change the facts
              </Link>
            </p>
          ) : null}

          <h2 className="govuk-heading-m">What the law and guidance ask now</h2>
          {referral.assessment ? (
            <AssessmentDetails assessment={referral.assessment} headingLevel={3} />
          ) : (
            <p className="govuk-body">The facts have not been assessed.</p>
          )}

          <h2 className="govuk-heading-m">Assessment history</h2>
          <p className="govuk-body">Every assessment is kept as it was made, newest first, so a later change to the facts or the rules never rewrites what the partnership was told.</p>
          <ol className="govuk-list app-assessment-history" data-testid="assessment-history">
            {referral.assessment_history.map((entry, index) => (
              <li key={entry.id}>
                <HistoryCard entry={entry} current={index === 0} byYou={entry.assessed_by === user.id} />
              </li>
            ))}
          </ol>
        </div>
      </div>
    </div>
  );
}

function HistoryCard({ entry, current, byYou }: { entry: ReferralAssessment; current: boolean; byYou: boolean }) {
  return (
    <div className="govuk-summary-card" data-testid="assessment-history-entry">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          Assessed on {formatInstant(entry.assessed_at)}
          {current ? ' (current)' : ''}
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body">
          {entry.assessment.framework_title}
          {byYou ? '. You entered these facts.' : ''}
        </p>
        <ObligationSummary assessment={entry.assessment} />
        <details className="govuk-details govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">The facts this assessment was made from</span>
          </summary>
          <div className="govuk-details__text">
            <FactsSummary facts={entry.facts} />
          </div>
        </details>
      </div>
    </div>
  );
}
