// A review's documents and their versions (docs/api/openapi.yaml, tag
// Documents). A document is a record (kind, title); its bytes come as
// numbered versions, uploaded raw with the file's name in X-File-Name. The
// server sniffs the type from the bytes and refuses anything but PDF, Word,
// Excel, PowerPoint, OpenDocument text, RTF, PNG, JPEG and plain text (400,
// field "file") and anything over its limit (413).
import { call } from './client';
import { readable, type RequestBody, type Schema } from './contract';
import { idempotencyHeader, isReplay, recordId } from './idempotency';

export type DocumentKind = Schema<'DocumentKind'>;

export const documentKinds: readonly DocumentKind[] = [
  'referral_form', 'terms_of_reference', 'agency_report', 'chronology', 'draft_report', 'final_report',
  'executive_summary', 'translation', 'briefing', 'progress_report', 'other',
];

export const documentKindLabels: Record<DocumentKind, string> = {
  referral_form: 'Referral form',
  terms_of_reference: 'Terms of reference',
  agency_report: 'Agency report',
  chronology: 'Chronology',
  draft_report: 'Draft report',
  final_report: 'Final report',
  executive_summary: 'Executive summary',
  translation: 'Translation',
  briefing: 'Learning briefing',
  progress_report: 'Progress report on recommendations',
  other: 'Other document',
};

export type DocumentVersion = Schema<'DocumentVersion'>;
/** A review's document; its versions oldest first. */
export type CaseDocument = Schema<'Document'>;
export type NewDocument = RequestBody<'/api/reviews/{id}/documents', 'post'>;

export function reviewDocumentsPath(reviewId: number) {
  return readable('/api/reviews/{id}/documents', { path: { id: reviewId } });
}

/** Where version `number` of a document downloads (as an attachment). */
export function versionHref(documentId: number, number: number): string {
  return readable('/api/documents/{id}/versions/{number}', { path: { id: documentId, number } });
}

export function latestVersion(document: CaseDocument): DocumentVersion | undefined {
  return document.versions[document.versions.length - 1];
}

/** Creates a document (no content yet); resolves to its id. */
export async function createDocument(reviewId: number, document: NewDocument, idempotencyKey: string): Promise<number> {
  const answer = await call('post', '/api/reviews/{id}/documents', {
    path: { id: reviewId },
    body: document,
    headers: idempotencyHeader(idempotencyKey),
  });
  // A replay names the document created the first time, in its Location.
  const id = isReplay(answer.body) ? recordId(answer.location ?? answer.body.location) : answer.body.id;
  if (id === null) throw new Error('The server did not say where the new document is.');
  return id;
}

/** Uploads `file` as the document's next version. */
export async function uploadVersion(documentId: number, file: File, idempotencyKey: string): Promise<void> {
  await call('post', '/api/documents/{id}/versions', {
    path: { id: documentId },
    body: file,
    headers: { 'X-File-Name': encodeURIComponent(file.name), ...idempotencyHeader(idempotencyKey) },
  });
}

/** "93 bytes", "12 KB", "1.4 MB", in decimal units as the server's limit is set (50 MB = 50,000,000 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  const megabytes = bytes / 1_000_000;
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}
