// TEMPORARY (drop at merge): shows the workplan sections at /reviews/:id
// until ReviewPage renders them.
import { useResource } from '../../useResource';
import { ResourceView } from '../../components/ResourceView';
import { usePageTitle } from '../../usePageTitle';
import { ActionPlanSection } from './sections/ActionPlanSection';
import { DocumentsSection } from './sections/DocumentsSection';
import { FindingsSection } from './sections/FindingsSection';
import { QualityMarkersSection } from './sections/QualityMarkersSection';

interface ReviewFlags {
  id: number;
  pseudonym: string;
  stage: string;
  summary_only: boolean;
  may_edit: boolean;
}

export function ReviewSectionsPreview({ id }: { id: string }) {
  usePageTitle('Review');
  const [review] = useResource<ReviewFlags>(`/api/reviews/${Number(id)}`);
  return (
    <ResourceView resource={review}>
      {(data) => {
        const props = { reviewId: data.id, summaryOnly: data.summary_only, mayEdit: data.may_edit, closed: data.stage === 'closed' };
        return (
          <>
            <h1 className="govuk-heading-xl">{data.pseudonym}</h1>
            <DocumentsSection {...props} />
            <FindingsSection {...props} />
            <ActionPlanSection {...props} />
            <QualityMarkersSection {...props} />
          </>
        );
      }}
    </ResourceView>
  );
}
