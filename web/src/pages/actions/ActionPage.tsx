import { useState } from 'react';
import { actionPath, actionStatusLabels, recommendationsPath, type ActionDetail } from '../../api/actions';
import { agenciesPath, agencyName } from '../../api/agencies';
import { reviewDocumentsPath } from '../../api/documents';
import { reviewPath } from '../../api/reviews';
import { can, confinedAgency } from '../../api/session';
import { ResourceView } from '../../components/ResourceView';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { RagTag, StageTag } from '../../components/Tag';
import { formatDate, formatInstant } from '../../dates';
import { ragMeanings } from '../../labels';
import { Link } from '../../router';
import { useUser } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { staleAfter } from '../../data/staleAfter';
import { useConfirm } from '../../data/useRefresh';
import { useResource } from '../../data/useResource';
import { NotFoundPage } from '../NotFoundPage';
import { useColleagueNames } from '../../useColleagueNames';
import { ActionChangeForm } from './ActionChangeForm';
import { ProgressForm } from './ProgressForm';
import { ProgressHistory } from './ProgressHistory';

/** One action: what it is, how it is going, its progress log, and the form to report progress. */
export function ActionPage({ id }: { id: string }) {
  const actionId = /^[1-9]\d*$/.test(id) ? Number(id) : null;
  const [action, reload] = useResource(actionId !== null ? actionPath(actionId) : null);
  if (actionId === null) return <NotFoundPage />;
  return <ResourceView resource={action} title="Action">{(detail, etag) => <ActionView action={detail} etag={etag} reload={reload} />}</ResourceView>;
}

function ActionView({ action, etag, reload }: { action: ActionDetail; etag: string | null; reload: () => void }) {
  const [progressFailing, setProgressFailing] = useState(false);
  const [changeFailing, setChangeFailing] = useState(false);
  usePageTitle(`${progressFailing || changeFailing ? 'Error: ' : ''}Action: ${action.description}`);
  const user = useUser();
  const [review] = useResource(reviewPath(action.review_id));
  const [recommendations] = useResource(recommendationsPath(action.review_id));
  const [documentList] = useResource(reviewDocumentsPath(action.review_id));
  const [agencyList] = useResource(agenciesPath);
  const nameOf = useColleagueNames();
  const [saved, setSaved] = useState<string | null>(null);
  const changed = useConfirm(setSaved);

  const pseudonym = review.status === 'loaded' ? review.data.pseudonym : `Review ${action.review_id}`;
  const closed = review.status === 'loaded' && review.data.stage === 'closed';
  const agencies = agencyList.status === 'loaded' ? agencyList.data.items : [];
  const documents = documentList.status === 'loaded' ? documentList.data.items : [];
  const recommendation =
    recommendations.status === 'loaded' ? recommendations.data.items.find((item) => item.id === action.recommendation_id) : undefined;
  const mayReport =
    can(user, 'update_agency_actions') &&
    [null, action.agency_id].includes(confinedAgency(user)) &&
    review.status === 'loaded' &&
    !closed;
  const mayChange = review.status === 'loaded' && review.data.may_edit && !closed;

  return (
    <div data-testid="action-page" data-ready={review.status !== 'loading' && documentList.status !== 'loading'}>
      {saved ? <NotificationBanner success heading={saved} /> : null}
      <span className="govuk-caption-l">
        {pseudonym}: {agencyName(agencies, action.agency_id)}
      </span>
      <h1 className="govuk-heading-l">{action.description}</h1>
      <SummaryList
        rows={[
          {
            key: 'RAG rating',
            value: (
              <>
                <RagTag rag={action.rag} /> <span className="govuk-body-s app-secondary-text">{ragMeanings[action.rag]}</span>
              </>
            ),
          },
          { key: 'Status', value: actionStatusLabels[action.status] },
          { key: 'Due', value: formatDate(action.due_on) },
          { key: 'Agency', value: agencyName(agencies, action.agency_id) },
          { key: 'Owner', value: action.owner },
          { key: 'How success is measured', value: action.success_measure },
          {
            key: 'Recommendation',
            value: recommendation ? `${recommendation.number}. ${recommendation.text}` : '',
          },
          {
            key: 'Review',
            value: (
              <>
                <Link className="govuk-link" href={`/reviews/${action.review_id}`}>
                  {pseudonym}
                </Link>{' '}
                {review.status === 'loaded' ? <StageTag stage={review.data.stage} /> : null}
              </>
            ),
          },
          { key: 'Last changed', value: formatInstant(action.updated_at) },
        ]}
      />

      {mayChange ? (
        <details className="govuk-details" data-testid="change-action">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Change this action</span>
          </summary>
          <div className="govuk-details__text">
            <ActionChangeForm
              action={action}
              etag={etag}
              agencies={agencies}
              onChanged={changed(staleAfter.actionsChanged(action.review_id, action.id))}
              reload={reload}
              onFailing={setChangeFailing}
            />
          </div>
        </details>
      ) : null}

      <h2 className="govuk-heading-m">Progress</h2>
      <ProgressHistory updates={action.updates} documents={documents} nameOf={nameOf} />

      {closed ? <p className="govuk-body">The review is closed: no more progress can be reported on its actions.</p> : null}
      {mayReport ? (
        <ProgressForm
          action={action}
          onReported={changed([
            ...staleAfter.actionsChanged(action.review_id, action.id),
            // The evidence, if any, is a new document of the review.
            ...staleAfter.documentsChanged(action.review_id),
          ])}
          onFailing={setProgressFailing}
        />
      ) : null}
    </div>
  );
}
