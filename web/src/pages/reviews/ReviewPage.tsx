import { useCallback, useMemo, useState } from 'react';
import { reviewPath, type FullReview, type SummaryOnlyReview } from '../../api/reviews';
import type { SessionUser } from '../../api/session';
import { ResourceView } from '../../components/ResourceView';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useUser } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { staleAfter } from '../../data/staleAfter';
import { useConfirm, useRefresh } from '../../data/useRefresh';
import { useResource } from '../../data/useResource';
import { MilestoneTimeline } from './MilestoneTimeline';
import { ReviewHeader } from './ReviewHeader';
import { reviewSections } from './sections';
import { ActionPlanSection } from './sections/ActionPlanSection';
import { DocumentsSection } from './sections/DocumentsSection';
import { FindingsSection } from './sections/FindingsSection';
import type { ChangeContext } from '../../useChange';

/**
 * One review. Agency leads get a summary only (the server sends no more);
 * everyone else gets its sections, with the forms their role allows. A
 * review the user may not see answers 404, shown as "Page not found".
 */
export function ReviewPage({ id }: { id: string }) {
  const [resource] = useResource(reviewPath(id));
  const user = useUser();
  const [notice, setNotice] = useState<{ message: string; id: number } | null>(null);
  usePageTitle(resource.status === 'loaded' ? `${resource.data.pseudonym} – Review` : 'Review');

  // A change is confirmed once the review has been read again, so the next
  // change starts from its new version (ETag); after a stale edit (412) it
  // is read again for the same reason.
  const stale = useMemo(() => staleAfter.reviewChanged(Number(id)), [id]);
  const say = useCallback((message: string) => setNotice((last) => ({ message, id: (last?.id ?? 0) + 1 })), []);
  const onChanged = useConfirm(say)(stale);
  const refresh = useRefresh();
  const reload = useCallback(() => void refresh(stale), [refresh, stale]);

  return (
    <div data-testid="review" data-ready={resource.status !== 'loading'}>
      {notice ? <NotificationBanner success heading={notice.message} key={notice.id} /> : null}
      <ResourceView resource={resource} title="Review">
        {(review, etag) =>
          review.summary_only ? (
            <SummaryView review={review} />
          ) : (
            <FullView review={review} etag={etag} user={user} context={{ onChanged, reload }} />
          )
        }
      </ResourceView>
    </div>
  );
}

function SummaryView({ review }: { review: SummaryOnlyReview }) {
  return (
    <>
      <ReviewHeader review={review} />
      <div className="govuk-inset-text" data-testid="summary-only">
        You are seeing a summary of this review because your agency is involved in it. As an agency safeguarding lead you
        see its type, stage and deadlines, the recommendations your agency acts on, your agency’s actions and documents;
        the rest of the review is for the people running it.
      </div>
      <h2 className="govuk-heading-l">Milestones</h2>
      <MilestoneTimeline milestones={review.milestones} headingLevel={3} />
      <FindingsSection reviewId={review.id} summaryOnly mayEdit={false} closed={review.stage === 'closed'} />
      <ActionPlanSection reviewId={review.id} summaryOnly mayEdit={false} closed={review.stage === 'closed'} />
      <DocumentsSection reviewId={review.id} summaryOnly mayEdit={false} closed={review.stage === 'closed'} />
    </>
  );
}

function FullView({
  review,
  etag,
  user,
  context,
}: {
  review: FullReview;
  etag: string | null;
  user: SessionUser;
  context: ChangeContext;
}) {
  const sections = reviewSections.filter((section) => section.shown?.(review, user) ?? true);
  return (
    <>
      <ReviewHeader review={review} />
      <nav className="app-contents" aria-labelledby="review-contents">
        <h2 className="govuk-heading-s" id="review-contents">
          Contents
        </h2>
        <ol className="govuk-list app-contents__list">
          {sections.map((section) => (
            <li key={section.id}>
              <a className="govuk-link" href={`#${section.id}`}>
                {section.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map(({ id, title, standalone, Component }) =>
        standalone ? (
          <Component key={id} review={review} etag={etag} user={user} {...context} />
        ) : (
          <section key={id} id={id} className="app-review-section" aria-labelledby={`${id}-heading`}>
            <h2 className="govuk-heading-l" id={`${id}-heading`}>
              {title}
            </h2>
            <Component review={review} etag={etag} user={user} {...context} />
          </section>
        ),
      )}
    </>
  );
}
