import { actionStatusLabels, type ActionUpdate } from '../../api/actions';
import { latestVersion, versionHref, type CaseDocument } from '../../api/documents';
import { formatInstant } from '../../dates';

/**
 * An action's progress log, newest first: each note, change of status and
 * evidence document, with who reported it and when. `documents` are the
 * review's documents the user can see, to name and link the evidence.
 */
export function ProgressHistory({
  updates,
  documents,
  nameOf,
}: {
  updates: readonly ActionUpdate[];
  documents: readonly CaseDocument[];
  nameOf: (userId: number | null) => string;
}) {
  if (updates.length === 0) return <p className="govuk-body">No progress has been reported yet.</p>;
  return (
    <ol className="govuk-list app-progress-history" reversed data-testid="progress-history">
      {[...updates].reverse().map((update) => (
        <li key={update.id} className="app-progress-history__item">
          {update.status_to !== null ? (
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              {update.status_from !== null
                ? `Status changed from ${actionStatusLabels[update.status_from].toLowerCase()} to ${actionStatusLabels[update.status_to].toLowerCase()}`
                : `Status set to ${actionStatusLabels[update.status_to].toLowerCase()}`}
            </p>
          ) : null}
          {update.note ? <p className="govuk-body govuk-!-margin-bottom-1 app-preserve-lines">{update.note}</p> : null}
          {update.document_id !== null ? <Evidence documentId={update.document_id} documents={documents} /> : null}
          <p className="govuk-body-s app-secondary-text govuk-!-margin-bottom-0">
            {formatInstant(update.at)} by {nameOf(update.by_user_id)}
          </p>
        </li>
      ))}
    </ol>
  );
}

function Evidence({ documentId, documents }: { documentId: number; documents: readonly CaseDocument[] }) {
  const document = documents.find((item) => item.id === documentId);
  const latest = document ? latestVersion(document) : undefined;
  if (!document) return <p className="govuk-body govuk-!-margin-bottom-1">Evidence: document {documentId}</p>;
  return (
    <p className="govuk-body govuk-!-margin-bottom-1">
      Evidence:{' '}
      {latest ? (
        <a className="govuk-link" href={versionHref(document.id, latest.number)} download>
          {document.title}
          <span className="govuk-visually-hidden"> (download {latest.file_name})</span>
        </a>
      ) : (
        `${document.title} (no file uploaded yet)`
      )}
    </p>
  );
}
