import { useState } from 'react';
import { agenciesPath, agencyName, type Agency } from '../../../api/agencies';
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
import { Table } from '../../../components/Table';
import { NotificationBanner } from '../../../components/NotificationBanner';
import { formatInstant } from '../../../dates';
import { useUser } from '../../../session';
import { staleAfter } from '../../../data/staleAfter';
import { useConfirm } from '../../../data/useRefresh';
import { useResource } from '../../../data/useResource';
import { NewDocumentForm, NewVersionForm } from './DocumentForms';
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
  const [documents] = useResource(reviewDocumentsPath(reviewId));
  const [agencyList] = useResource(agenciesPath);
  const agencies = agencyList.status === 'loaded' ? agencyList.data.items : [];
  const nameOf = useColleagueNames();
  const [saved, setSaved] = useState<string | null>(null);
  const uploaded = useConfirm(setSaved)(staleAfter.documentsChanged(reviewId));

  const leadAgencyId = !mayEdit && isAgencyLead(user) ? user.agency_id : null;
  const mayUpload = !closed && (mayEdit || leadAgencyId !== null);

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
    <Table<CaseDocument>
      caption="Documents of this review"
      captionShown
      stacked
      testId="documents"
      rows={documents}
      rowKey={(document) => document.id}
      rowAttributes={(document) => ({ 'data-testid': `document-${document.id}` })}
      columns={[
        {
          header: 'Document',
          rowHeader: true,
          cell: (document) => (
            <>
              {document.title}
              {document.language ? <span className="govuk-body-s app-block">{document.language} translation</span> : null}
              {document.versions.length > 1 ? <VersionList document={document} nameOf={nameOf} /> : null}
            </>
          ),
        },
        {
          header: 'Kind',
          cell: (document) => (
            <>
              {documentKindLabels[document.kind]}
              {document.agency_id !== null ? <span className="govuk-body-s app-block">From {agencyName(agencies, document.agency_id)}</span> : null}
            </>
          ),
        },
        { header: 'Latest version', cell: (document) => <LatestVersion document={document} /> },
        {
          header: 'Uploaded',
          cell: (document) => {
            const latest = latestVersion(document);
            return latest ? `${formatInstant(latest.uploaded_at)} by ${nameOf(latest.uploaded_by)}` : formatInstant(document.created_at);
          },
        },
      ]}
    />
  );
}

function LatestVersion({ document }: { document: CaseDocument }) {
  const latest = latestVersion(document);
  if (!latest) return <>No file uploaded yet</>;
  return (
    <>
      <a className="govuk-link" href={versionHref(document.id, latest.number)} download>
        {latest.file_name}
        <span className="govuk-visually-hidden">, download version {latest.number} of {document.title}</span>
      </a>
      <span className="govuk-body-s app-block">
        Version {latest.number}, {formatSize(latest.size_bytes)}
      </span>
    </>
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
