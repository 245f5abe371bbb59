import { useState } from 'react';
import { agenciesPath, agencyName, type Agency, type AgencyList } from '../../../api/agencies';
import {
  documentKindLabels,
  formatSize,
  latestVersion,
  reviewDocumentsPath,
  versionHref,
  type CaseDocument,
} from '../../../api/documents';
import { isAgencyLead } from '../../../api/session';
import { ResourceView } from '../../../components/ResourceView';
import { NotificationBanner } from '../../../components/NotificationBanner';
import { formatInstant } from '../../../dates';
import { useUser } from '../../../session';
import { useResource } from '../../../useResource';
import { NewDocumentForm, NewVersionForm } from './DocumentForms';
import { announceChange, useReloadOnChange } from './reviewChanges';
import type { SectionProps } from './sectionProps';
import { useColleagueNames } from '../../../useColleagueNames';

/**
 * A review's documents with every version to download, and the forms to
 * upload a document or a new version. Editors of the review upload any
 * kind; an agency lead sees only their agency's documents and uploads only
 * their agency's reports (docs/security.md, "Documents").
 */
export function DocumentsSection({ reviewId, mayEdit, closed }: SectionProps) {
  const user = useUser();
  const [documents, reload] = useResource<{ items: CaseDocument[] }>(reviewDocumentsPath(reviewId));
  const [agencyList] = useResource<AgencyList>(agenciesPath);
  const agencies = agencyList.status === 'loaded' ? agencyList.data.items : [];
  const nameOf = useColleagueNames();
  useReloadOnChange(reviewId, 'documents', reload);
  const [saved, setSaved] = useState<string | null>(null);

  const leadAgencyId = !mayEdit && isAgencyLead(user) ? user.agency_id : null;
  const mayUpload = !closed && (mayEdit || leadAgencyId !== null);
  const uploaded = (message: string) => {
    setSaved(message);
    announceChange(reviewId, 'documents');
  };

  return (
    <section className="app-review-section" aria-labelledby="documents" data-testid="documents-section">
      <h2 className="govuk-heading-l" id="documents">
        Documents
      </h2>
      {saved ? <NotificationBanner success heading={saved} /> : null}
      <ResourceView
        resource={documents}
        notFound={<p className="govuk-body">You cannot see this review’s documents.</p>}
      >
        {({ items }) => (
          <>
            <DocumentTable documents={items} agencies={agencies} nameOf={nameOf} />
            {closed ? <p className="govuk-body">This review is closed: its documents can no longer change.</p> : null}
            {mayUpload ? (
              <>
                <NewDocumentForm reviewId={reviewId} agencies={agencies} leadAgencyId={leadAgencyId} onUploaded={uploaded} />
                <NewVersionForm
                  documents={items.filter(
                    (document) =>
                      leadAgencyId === null || (document.kind === 'agency_report' && document.agency_id === leadAgencyId),
                  )}
                  onUploaded={uploaded}
                />
              </>
            ) : null}
          </>
        )}
      </ResourceView>
    </section>
  );
}

function DocumentTable({
  documents,
  agencies,
  nameOf,
}: {
  documents: readonly CaseDocument[];
  agencies: readonly Agency[];
  nameOf: (userId: number | null) => string;
}) {
  if (documents.length === 0) return <p className="govuk-body">No documents have been uploaded yet.</p>;
  return (
    <table className="govuk-table app-table--stacked" data-testid="documents">
      <caption className="govuk-table__caption govuk-table__caption--m">Documents of this review</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Document
          </th>
          <th scope="col" className="govuk-table__header">
            Kind
          </th>
          <th scope="col" className="govuk-table__header">
            Latest version
          </th>
          <th scope="col" className="govuk-table__header">
            Uploaded
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {documents.map((document) => {
          const latest = latestVersion(document);
          return (
            <tr className="govuk-table__row" key={document.id} data-testid={`document-${document.id}`}>
              <th scope="row" className="govuk-table__header" data-label="Document">
                {document.title}
                {document.language ? <span className="govuk-body-s app-block">{document.language} translation</span> : null}
                {document.versions.length > 1 ? <VersionList document={document} nameOf={nameOf} /> : null}
              </th>
              <td className="govuk-table__cell" data-label="Kind">
                {documentKindLabels[document.kind]}
                {document.agency_id !== null ? (
                  <span className="govuk-body-s app-block">From {agencyName(agencies, document.agency_id)}</span>
                ) : null}
              </td>
              <td className="govuk-table__cell" data-label="Latest version">
                {latest ? (
                  <>
                    <a className="govuk-link" href={versionHref(document.id, latest.number)} download>
                      {latest.file_name}
                      <span className="govuk-visually-hidden">, download version {latest.number} of {document.title}</span>
                    </a>
                    <span className="govuk-body-s app-block">
                      Version {latest.number}, {formatSize(latest.size_bytes)}
                    </span>
                  </>
                ) : (
                  'No file uploaded yet'
                )}
              </td>
              <td className="govuk-table__cell" data-label="Uploaded">
                {latest ? `${formatInstant(latest.uploaded_at)} by ${nameOf(latest.uploaded_by)}` : formatInstant(document.created_at)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function VersionList({ document, nameOf }: { document: CaseDocument; nameOf: (userId: number | null) => string }) {
  return (
    <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          All {document.versions.length} versions<span className="govuk-visually-hidden"> of {document.title}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <ol className="govuk-list" reversed>
          {[...document.versions].reverse().map((version) => (
            <li key={version.number} className="govuk-body-s">
              Version {version.number}:{' '}
              <a className="govuk-link" href={versionHref(document.id, version.number)} download>
                {version.file_name}
                <span className="govuk-visually-hidden">, download version {version.number}</span>
              </a>{' '}
              ({formatSize(version.size_bytes)}), uploaded {formatInstant(version.uploaded_at)} by {nameOf(version.uploaded_by)}
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
