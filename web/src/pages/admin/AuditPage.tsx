import { useState, type FormEvent } from 'react';
import { auditPath, type AuditEvent, type AuditFilter } from '../../api/admin';
import { agenciesPath, agencyName } from '../../api/agencies';
import type { FieldError } from '../../api/client';
import { query } from '../../api/contract';
import { ErrorSummary, errorFor } from '../../components/ErrorSummary';
import { Select, TextInput } from '../../components/fields';
import { Pagination } from '../../components/Pagination';
import { ResourceView } from '../../components/ResourceView';
import { Table } from '../../components/Table';
import { formatInstant } from '../../dates';
import { label } from '../../labels';
import { Link, navigate, useLocation } from '../../router';
import { usePageTitle } from '../../usePageTitle';
import { useResource } from '../../data/useResource';
import { AdminSection } from './AdminSection';
import { actionLabel, actorLabel, detailLines, recordTypeLabels, type DetailLine, type Namers } from './auditWords';
import { useColleagueNames } from '../../useColleagueNames';

/**
 * `/admin/audit?target_type=review&target_id=12`: the audit trail of one
 * record (or, without `target_id`, of every record of a type), oldest
 * first as the API gives it, a page at a time (`after`). The query takes
 * the API's own parameter names, so other pages can link here directly.
 */
export function AuditPage() {
  return (
    <AdminSection area="audit">
      <AuditTrail />
    </AdminSection>
  );
}

function filterFrom(search: URLSearchParams): AuditFilter | null {
  const targetType = search.get('target_type')?.trim();
  if (!targetType) return null;
  const filter: AuditFilter = { target_type: targetType };
  const targetId = search.get('target_id')?.trim();
  if (targetId) filter.target_id = targetId;
  const after = search.get('after')?.trim();
  if (after) filter.after = after;
  return filter;
}

function recordName(targetType: string, targetId: string | undefined): string {
  const type = label(recordTypeLabels, targetType);
  return targetId ? `${type} ${targetId}` : `Every ${type.toLowerCase()}`;
}

function AuditTrail() {
  const { search, href } = useLocation();
  const filter = filterFrom(search);
  const [formErrors, setFormErrors] = useState<FieldError[]>([]);
  usePageTitle(formErrors.length > 0 ? 'Error: Audit trail' : filter ? `Audit trail: ${recordName(filter.target_type, filter.target_id)}` : 'Audit trail');

  return (
    <>
      {formErrors.length > 0 ? <ErrorSummary errors={formErrors} /> : null}
      <span className="govuk-caption-l">Administration</span>
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">
        Every change to a record, and every read of a restricted one, is recorded with who did it and when. The trail
        cannot be changed.
      </p>
      <RecordChooser key={href} initial={filter} errors={formErrors} onErrors={setFormErrors} />
      {filter ? <Events filter={filter} /> : null}
    </>
  );
}

/** The record type and number, as a GET form whose answer is this page's address. */
function RecordChooser({
  initial,
  errors,
  onErrors,
}: {
  initial: AuditFilter | null;
  errors: readonly FieldError[];
  onErrors: (errors: FieldError[]) => void;
}) {
  const [targetType, setTargetType] = useState(initial?.target_type ?? '');
  const [targetId, setTargetId] = useState(initial?.target_id ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = targetType ? [] : [{ field: 'target_type', message: 'Select the kind of record' }];
    onErrors(found);
    if (found.length === 0) navigate(`/admin/audit${query({ target_type: targetType, target_id: targetId.trim() })}`);
  };

  const knownType = targetType === '' || targetType in recordTypeLabels;
  return (
    <form onSubmit={submit} noValidate role="search" aria-label="Choose a record">
      <Select
        name="target_type"
        label="Kind of record"
        value={targetType}
        onChange={setTargetType}
        options={[
          { value: '', label: 'Choose a kind of record' },
          ...Object.entries(recordTypeLabels).map(([value, text]) => ({ value, label: text })),
          ...(knownType ? [] : [{ value: targetType, label: targetType }]),
        ]}
        error={errorFor(errors, 'target_type')}
      />
      <TextInput
        name="target_id"
        label="Record number"
        hint="For example, 12. Leave it blank to see every record of this kind."
        width={10}
        spellCheck={false}
        value={targetId}
        onChange={setTargetId}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Show the audit trail
      </button>
    </form>
  );
}

function Events({ filter }: { filter: AuditFilter }) {
  const [page] = useResource(auditPath(filter));
  const userName = useColleagueNames();
  const [agencies] = useResource(agenciesPath);
  const agencyList = agencies.status === 'loaded' ? agencies.data.items : [];
  const namers: Namers = { userName, agencyName: (id) => agencyName(agencyList, id) };
  const name = recordName(filter.target_type, filter.target_id);
  const nextHref = (after: number) =>
    `/admin/audit${query({ target_type: filter.target_type, target_id: filter.target_id, after })}`;

  return (
    <section aria-labelledby="audit-events-heading" data-testid="audit-events" data-ready={page.status !== 'loading'}>
      <h2 className="govuk-heading-m" id="audit-events-heading">
        {name}
      </h2>
      <RecordLink filter={filter} />
      {filter.target_type === 'review' ? (
        <p className="govuk-body">
          Findings, recommendations, actions and documents keep their own trails: choose them as the kind of record.
        </p>
      ) : null}
      <ResourceView resource={page}>
        {({ events, next_after }) => (
          <>
            {events.length === 0 ? (
              <p className="govuk-body">
                {filter.after ? 'There are no more events.' : `Nothing has been recorded about ${name.toLowerCase()}.`}
              </p>
            ) : (
              <EventTable events={events} namers={namers} showRecord={filter.target_id === undefined} caption={`What happened to ${name.toLowerCase()}, oldest first`} />
            )}
            <Pagination nextHref={next_after === null ? null : nextHref(next_after)} hasPrevious={filter.after !== undefined} />
          </>
        )}
      </ResourceView>
    </section>
  );
}

/** A link to the record itself, where the app has a page for it. */
function RecordLink({ filter }: { filter: AuditFilter }) {
  if (!filter.target_id || !/^\d+$/.test(filter.target_id)) return null;
  const pages: Record<string, string> = { review: '/reviews/', action: '/actions/' };
  const base = pages[filter.target_type];
  if (!base) return null;
  return (
    <p className="govuk-body">
      <Link className="govuk-link" href={`${base}${filter.target_id}`}>
        Go to {label(recordTypeLabels, filter.target_type).toLowerCase()} {filter.target_id}
      </Link>
    </p>
  );
}

function EventTable({
  events,
  namers,
  showRecord,
  caption,
}: {
  events: readonly AuditEvent[];
  namers: Namers;
  showRecord: boolean;
  caption: string;
}) {
  return (
    <Table<AuditEvent>
      caption={caption}
      stacked
      testId="audit-table"
      rows={events}
      rowKey={(event) => event.seq}
      rowAttributes={() => ({ 'data-testid': 'audit-event' })}
      columns={[
        { header: 'When', cell: (event) => formatInstant(event.at) },
        {
          header: 'What',
          rowHeader: true,
          cell: (event) => (
            <>
              {actionLabel(event.action)}
              {showRecord && event.target_type ? (
                <span className="govuk-hint govuk-!-margin-bottom-0">
                  <Link className="govuk-link" href={`/admin/audit${query({ target_type: event.target_type, target_id: event.target_id })}`}>
                    {recordName(event.target_type, event.target_id)}
                  </Link>
                </span>
              ) : null}
            </>
          ),
        },
        {
          header: 'Who',
          cell: (event) => (
            <>
              {actorLabel(event.actor, namers.userName)}
              {event.client_address ? <span className="govuk-hint govuk-!-margin-bottom-0">from {event.client_address}</span> : null}
            </>
          ),
        },
        { header: 'Details', cell: (event) => <EventDetails details={detailLines(event.action, event.detail, namers)} /> },
      ]}
    />
  );
}

function EventDetails({ details }: { details: readonly DetailLine[] }) {
  if (details.length === 0) return <span className="govuk-hint govuk-!-margin-bottom-0">None</span>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {details.map((line) => (
        <li key={line.key}>
          {line.key}:{' '}
          {line.link ? (
            <Link className="govuk-link" href={line.link}>
              {line.value}
            </Link>
          ) : (
            line.value
          )}
        </li>
      ))}
    </ul>
  );
}
