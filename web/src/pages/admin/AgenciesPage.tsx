import { useState, type FormEvent } from 'react';
import { agenciesPath, createAgency, type Agency, type AgencyKind } from '../../api/agencies';
import { asApiError, type ApiError, type FieldError } from '../../api/client';
import { ErrorSummary, ProblemSummary, sentenceFor } from '../../components/ErrorSummary';
import { Select, TextInput } from '../../components/fields';
import { NotificationBanner } from '../../components/NotificationBanner';
import { ResourceView } from '../../components/ResourceView';
import { Table } from '../../components/Table';
import { limits } from '../../api/limits';
import { staleAfter } from '../../data/staleAfter';
import { useRefresh } from '../../data/useRefresh';
import { useResource } from '../../data/useResource';
import { agencyKindLabels, label } from '../../labels';
import { usePageTitle } from '../../usePageTitle';
import { AdminSection } from './AdminSection';

/**
 * `/admin/agencies`: the partnership's agencies, and adding one. The API
 * has no route to rename or change an agency, so none is offered.
 */
export function AgenciesPage() {
  return (
    <AdminSection area="agencies">
      <Agencies />
    </AdminSection>
  );
}

interface Draft {
  name: string;
  kind: AgencyKind | '';
}

const emptyDraft: Draft = { name: '', kind: '' };

function missingAnswers(draft: Draft): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.name.trim()) errors.push({ field: 'name', message: 'Enter the agency’s name' });
  if (!draft.kind) errors.push({ field: 'kind', message: 'Select the kind of agency' });
  return errors;
}

function Agencies() {
  const [agencies] = useResource(agenciesPath);
  const refresh = useRefresh();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [missing, setMissing] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [added, setAdded] = useState<Agency | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = failure ? failure.problem.errors : missing;
  usePageTitle(errors.length > 0 || failure ? 'Error: Agencies' : 'Agencies');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const unanswered = missingAnswers(draft);
    setMissing(unanswered);
    setFailure(null);
    setAdded(null);
    if (unanswered.length > 0 || draft.kind === '') return;
    setBusy(true);
    try {
      const agency = await createAgency({ name: draft.name.trim(), kind: draft.kind });
      await refresh(staleAfter.agenciesChanged());
      setAdded(agency);
      setDraft(emptyDraft);
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="agencies" data-ready={agencies.status !== 'loading'}>
      {failure && failure.problem.errors.length === 0 ? <ProblemSummary error={failure} /> : null}
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      {added ? <NotificationBanner success heading={`${added.name} has been added`} /> : null}
      <span className="govuk-caption-l">Administration</span>
      <h1 className="govuk-heading-l">Agencies</h1>
      <p className="govuk-body">
        The agencies of your partnership. Reviews name the agencies involved, actions are given to them, and each agency
        lead belongs to one.
      </p>
      <ResourceView resource={agencies}>{({ items }) => <AgencyTable agencies={items} />}</ResourceView>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Add an agency</h2>
          <form onSubmit={submit} noValidate>
            <TextInput
              name="name"
              label="Name"
              hint="As the partnership writes it, for example Northmoor Police"
              value={draft.name}
              onChange={(name) => setDraft((current) => ({ ...current, name }))}
              error={sentenceFor(errors, 'name')}
              maxLength={limits.createAgency.name.maxLength}
            />
            <Select
              name="kind"
              label="Kind of agency"
              value={draft.kind}
              onChange={(kind) => setDraft((current) => ({ ...current, kind: kind as AgencyKind | '' }))}
              options={[
                { value: '', label: 'Choose the kind' },
                ...Object.entries(agencyKindLabels).map(([value, text]) => ({ value, label: text })),
              ]}
              error={sentenceFor(errors, 'kind')}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy} aria-disabled={busy}>
              Add agency
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}

function AgencyTable({ agencies }: { agencies: readonly Agency[] }) {
  if (agencies.length === 0) return <p className="govuk-body">There are no agencies yet.</p>;
  return (
    <Table
      caption={agencies.length === 1 ? '1 agency' : `${agencies.length} agencies`}
      captionShown
      testId="agency-table"
      rows={agencies}
      rowKey={(agency) => agency.id}
      columns={[
        { header: 'Name', rowHeader: true, cell: (agency) => agency.name },
        { header: 'Kind', cell: (agency) => label(agencyKindLabels, agency.kind) },
      ]}
    />
  );
}
