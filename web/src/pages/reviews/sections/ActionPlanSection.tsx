import { useState } from 'react';
import {
  actionPath,
  actionsPath,
  actionStatusLabels,
  maxActionPage,
  recommendationsPath,
  type Action,
  type RecommendationWithActions,
} from '../../../api/actions';
import { agenciesPath, agencyName, type Agency } from '../../../api/agencies';
import { reviewDocumentsPath, type CaseDocument } from '../../../api/documents';
import { ResourceView } from '../../../components/ResourceView';
import { NotificationBanner } from '../../../components/NotificationBanner';
import { RagTag } from '../../../components/Tag';
import { formatDate } from '../../../dates';
import { Link } from '../../../router';
import { staleAfter } from '../../../data/staleAfter';
import { useConfirm } from '../../../data/useRefresh';
import { useResource } from '../../../data/useResource';
import { ProgressHistory } from '../../actions/ProgressHistory';
import { NewActionForm } from './ActionForms';
import type { SectionProps } from './sectionProps';
import { useColleagueNames } from '../../../useColleagueNames';

/**
 * The review's action plan, grouped by agency: each action's RAG rating,
 * status, due date, the recommendation it serves and its progress. An
 * agency lead sees their own agency's actions only (the server confines
 * them). Editors add actions to recommendations.
 */
export function ActionPlanSection({ reviewId, mayEdit, closed }: SectionProps) {
  const [actions] = useResource(actionsPath({ review_id: reviewId, limit: maxActionPage }));
  const [recommendations] = useResource(recommendationsPath(reviewId));
  const [agencyList] = useResource(agenciesPath);
  const [documentList] = useResource(reviewDocumentsPath(reviewId));
  const agencies = agencyList.status === 'loaded' ? agencyList.data.items : [];
  const documents = documentList.status === 'loaded' ? documentList.data.items : [];
  const served = recommendations.status === 'loaded' ? recommendations.data.items : [];
  const nameOf = useColleagueNames();
  const [saved, setSaved] = useState<string | null>(null);
  const added = useConfirm(setSaved);

  return (
    <section className="app-review-section" aria-labelledby="action-plan" data-testid="action-plan-section">
      <h2 className="govuk-heading-l" id="action-plan">
        Action plan
      </h2>
      {saved ? <NotificationBanner success heading={saved} /> : null}
      <ResourceView resource={actions}>
        {(page) => (
          <>
            <ActionsByAgency
              actions={page.items}
              agencies={agencies}
              recommendations={served}
              documents={documents}
              nameOf={nameOf}
            />
            {page.next_cursor !== null ? (
              <p className="govuk-body">
                <Link className="govuk-link" href={`/actions?review_id=${reviewId}`}>
                  See every action of this review
                </Link>
              </p>
            ) : null}
          </>
        )}
      </ResourceView>
      {mayEdit && !closed && served.length > 0 ? (
        <NewActionForm
          recommendations={served}
          agencies={agencies}
          onAdded={added(staleAfter.actionsChanged(reviewId))}
        />
      ) : null}
      {mayEdit && !closed && recommendations.status === 'loaded' && served.length === 0 ? (
        <p className="govuk-body">Add a recommendation before adding actions to it.</p>
      ) : null}
    </section>
  );
}

function ActionsByAgency({
  actions,
  agencies,
  recommendations,
  documents,
  nameOf,
}: {
  actions: readonly Action[];
  agencies: readonly Agency[];
  recommendations: readonly RecommendationWithActions[];
  documents: readonly CaseDocument[];
  nameOf: (userId: number | null) => string;
}) {
  if (actions.length === 0) return <p className="govuk-body">There are no actions yet.</p>;
  const agencyIds = [...new Set(actions.map((action) => action.agency_id))].sort((a, b) =>
    agencyName(agencies, a).localeCompare(agencyName(agencies, b)),
  );
  return (
    <>
      {agencyIds.map((agencyId) => (
        <div key={agencyId} data-testid={`agency-actions-${agencyId}`}>
          <h3 className="govuk-heading-m">{agencyName(agencies, agencyId)}</h3>
          {actions
            .filter((action) => action.agency_id === agencyId)
            .map((action) => (
              <ActionCard
                key={action.id}
                action={action}
                recommendation={recommendations.find((item) => item.id === action.recommendation_id)}
                documents={documents}
                nameOf={nameOf}
              />
            ))}
        </div>
      ))}
    </>
  );
}

function ActionCard({
  action,
  recommendation,
  documents,
  nameOf,
}: {
  action: Action;
  recommendation: RecommendationWithActions | undefined;
  documents: readonly CaseDocument[];
  nameOf: (userId: number | null) => string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="govuk-summary-card" data-testid={`action-${action.id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title">
          <Link className="govuk-link" href={`/actions/${action.id}`}>
            {action.description}
          </Link>
        </h4>
        <div className="govuk-summary-card__actions">
          <RagTag rag={action.rag} />
        </div>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Status</dt>
            <dd className="govuk-summary-list__value">{actionStatusLabels[action.status]}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Due</dt>
            <dd className="govuk-summary-list__value">{formatDate(action.due_on)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Recommendation</dt>
            <dd className="govuk-summary-list__value">
              {recommendation ? `${recommendation.number}. ${recommendation.text}` : 'Not one you can see'}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Owner</dt>
            <dd className="govuk-summary-list__value">{action.owner}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Success measure</dt>
            <dd className="govuk-summary-list__value">{action.success_measure}</dd>
          </div>
        </dl>
        <details className="govuk-details govuk-!-margin-bottom-0" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Progress<span className="govuk-visually-hidden"> on {action.description}</span>
            </span>
          </summary>
          <div className="govuk-details__text">
            {open ? <ActionProgress actionId={action.id} documents={documents} nameOf={nameOf} /> : null}
          </div>
        </details>
      </div>
    </div>
  );
}

/** Loads an action's progress log when its details are first opened. */
function ActionProgress({
  actionId,
  documents,
  nameOf,
}: {
  actionId: number;
  documents: readonly CaseDocument[];
  nameOf: (userId: number | null) => string;
}) {
  const [detail] = useResource(actionPath(actionId));
  return (
    <ResourceView resource={detail} notFound={<p className="govuk-body">This action is no longer there.</p>}>
      {(action) => <ProgressHistory updates={action.updates} documents={documents} nameOf={nameOf} />}
    </ResourceView>
  );
}
