import { useState } from 'react';
import {
  findingsPath,
  recommendationsPath,
  recommendationTargetLabels,
  type Finding,
  type RecommendationWithActions,
} from '../../../api/actions';
import { agenciesPath, agencyName, type Agency } from '../../../api/agencies';
import { ResourceView } from '../../../components/ResourceView';
import { NotificationBanner } from '../../../components/NotificationBanner';
import { Tag } from '../../../components/Tag';
import { staleAfter } from '../../../data/staleAfter';
import { useConfirm } from '../../../data/useRefresh';
import { useResource } from '../../../data/useResource';
import { NewFindingForm, NewRecommendationForm } from './FindingForms';
import type { SectionProps } from './sectionProps';

/**
 * What the review found and what it recommends: each recommendation with
 * whom it asks to act and the agencies whose actions answer it. A user who
 * sees the review as a summary (an agency lead) sees only the
 * recommendations their agency acts on, and no findings.
 */
export function FindingsSection({ reviewId, summaryOnly, mayEdit, closed }: SectionProps) {
  const [findings] = useResource(summaryOnly ? null : findingsPath(reviewId));
  const [recommendations] = useResource(recommendationsPath(reviewId));
  const [agencyList] = useResource(agenciesPath);
  const agencies = agencyList.status === 'loaded' ? agencyList.data.items : [];
  const [saved, setSaved] = useState<string | null>(null);
  const added = useConfirm(setSaved);
  const mayAdd = mayEdit && !closed;

  return (
    <section className="app-review-section" aria-labelledby="findings" data-testid="findings-section">
      <h2 className="govuk-heading-l" id="findings">
        {summaryOnly ? 'Recommendations for your agency' : 'Findings and recommendations'}
      </h2>
      {saved ? <NotificationBanner success heading={saved} /> : null}

      {summaryOnly ? null : (
        <>
          <h3 className="govuk-heading-m">Findings</h3>
          <ResourceView resource={findings} notFound={<p className="govuk-body">You cannot see this review’s findings.</p>}>
            {({ items }) => <FindingList findings={items} />}
          </ResourceView>
        </>
      )}

      {summaryOnly ? null : <h3 className="govuk-heading-m">Recommendations</h3>}
      <ResourceView
        resource={recommendations}
        notFound={<p className="govuk-body">You cannot see this review’s recommendations.</p>}
      >
        {({ items }) => <RecommendationList recommendations={items} agencies={agencies} summaryOnly={summaryOnly} />}
      </ResourceView>

      {mayAdd ? (
        <>
          <NewFindingForm
            reviewId={reviewId}
            onAdded={added(staleAfter.findingAdded(reviewId))}
          />
          <NewRecommendationForm
            reviewId={reviewId}
            agencies={agencies}
            onAdded={added(staleAfter.recommendationAdded(reviewId))}
          />
        </>
      ) : null}
    </section>
  );
}

function Themes({ themes }: { themes: readonly string[] }) {
  if (themes.length === 0) return null;
  return (
    <ul className="app-inline-list" aria-label="Themes">
      {themes.map((theme) => (
        <li key={theme}>
          <Tag text={theme} colour="govuk-tag--grey" />
        </li>
      ))}
    </ul>
  );
}

function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return <p className="govuk-body">No findings have been recorded yet.</p>;
  return (
    <ol className="govuk-list govuk-list--number" data-testid="findings">
      {findings.map((finding) => (
        <li key={finding.id} className="app-list-item">
          <p className="govuk-body govuk-!-margin-bottom-1 app-preserve-lines">{finding.text}</p>
          <Themes themes={finding.themes} />
        </li>
      ))}
    </ol>
  );
}

function RecommendationList({
  recommendations,
  agencies,
  summaryOnly,
}: {
  recommendations: readonly RecommendationWithActions[];
  agencies: readonly Agency[];
  summaryOnly: boolean;
}) {
  if (recommendations.length === 0) {
    return (
      <p className="govuk-body">
        {summaryOnly ? 'No recommendations of this review ask your agency to act yet.' : 'No recommendations have been made yet.'}
      </p>
    );
  }
  // Under the section's h2 directly when there are no findings (and no h3s) to show.
  const CardHeading = summaryOnly ? 'h3' : 'h4';
  return (
    <div data-testid="recommendations">
      {recommendations.map((recommendation) => {
        const acting = [...new Set(recommendation.actions.map((action) => action.agency_id))];
        const target =
          recommendation.target === 'agency'
            ? `${recommendationTargetLabels.agency}: ${agencyName(agencies, recommendation.target_agency_id)}`
            : recommendationTargetLabels[recommendation.target];
        return (
          <div className="govuk-summary-card" key={recommendation.id} data-testid={`recommendation-${recommendation.number}`}>
            <div className="govuk-summary-card__title-wrapper">
              <CardHeading className="govuk-summary-card__title">Recommendation {recommendation.number}</CardHeading>
            </div>
            <div className="govuk-summary-card__content">
              <p className="govuk-body app-preserve-lines">{recommendation.text}</p>
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Asks to act</dt>
                  <dd className="govuk-summary-list__value">{target}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Agencies with actions</dt>
                  <dd className="govuk-summary-list__value">
                    {acting.length === 0 ? (
                      <span className="govuk-hint govuk-!-margin-bottom-0">No actions yet</span>
                    ) : (
                      <ul className="govuk-list govuk-!-margin-bottom-0">
                        {acting.map((id) => (
                          <li key={id}>
                            {agencyName(agencies, id)} ({countActions(recommendation, id)})
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
                {recommendation.themes.length > 0 ? (
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Themes</dt>
                    <dd className="govuk-summary-list__value">
                      <Themes themes={recommendation.themes} />
                    </dd>
                  </div>
                ) : null}
              </dl>
            </div>
          </div>
        );
      })}
    </div>
  );
}

function countActions(recommendation: RecommendationWithActions, agencyId: number): string {
  const count = recommendation.actions.filter((action) => action.agency_id === agencyId).length;
  return count === 1 ? '1 action' : `${count} actions`;
}
