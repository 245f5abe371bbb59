// A review's documents and their versions (docs/api/openapi.yaml, tag
// Documents). A document is a record (kind, title); its bytes come as
// numbered versions, uploaded raw with the file's name in X-File-Name. The
// server sniffs the type from the bytes and refuses anything but PDF, Word,
// Excel, PowerPoint, OpenDocument text, RTF, PNG, JPEG and plain text (400,
// field "file") and anything over its limit (413).
import { request, type Answer } from './client';
import { idempotencyHeader } from './idempotency';

export type DocumentKind =
  | 'referral_form' | 'terms_of_reference' | 'agency_report' | 'chronology' | 'draft_report' | 'final_report'
  | 'executive_summary' | 'translation' | 'briefing' | 'progress_report' | 'other';

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

export interface DocumentVersion {
  number: number;
  size_bytes: number;
  media_type: string;
  sha256: string;
  file_name: string;
  uploaded_by: number | null;
  uploaded_at: string;
}

export interface CaseDocument {
  id: number;
  review_id: number;
  kind: DocumentKind;
  title: string;
  /** Set exactly for a translation. */
  language: string | null;
  /** The agency the document comes from (agency reports). */
  agency_id: number | null;
  created_at: string;
  /** Oldest first. */
  versions: DocumentVersion[];
}

export interface NewDocument {
  kind: DocumentKind;
  title: string;
  language?: string;
  agency_id?: number;
}

export function reviewDocumentsPath(reviewId: number): string {
  return `/api/reviews/${reviewId}/documents`;
}

/** Where version `number` of a document downloads (as an attachment). */
export function versionHref(documentId: number, number: number): string {
  return `/api/documents/${documentId}/versions/${number}`;
}

export function latestVersion(document: CaseDocument): DocumentVersion | undefined {
  return document.versions[document.versions.length - 1];
}

/** The trailing id of a Location such as "/api/documents/12" (a replayed POST answers no record). */
export function idFromLocation(location: string | null): number | null {
  const match = location ? /\/(\d+)(?:\/versions\/\d+)?$/.exec(location) : null;
  return match ? Number(match[1]) : null;
}

/** Creates a document (no content yet); resolves to its id. */
export async function createDocument(reviewId: number, document: NewDocument, idempotencyKey: string): Promise<number> {
  const answer: Answer<Partial<CaseDocument>> = await request('POST', reviewDocumentsPath(reviewId), {
    body: document,
    headers: idempotencyHeader(idempotencyKey),
  });
  const id = typeof answer.body.id === 'number' ? answer.body.id : idFromLocation(answer.location);
  if (id === null) throw new Error('The server did not say where the new document is.');
  return id;
}

/** Uploads `file` as the document's next version. */
export async function uploadVersion(documentId: number, file: File, idempotencyKey: string): Promise<void> {
  await request('POST', `/api/documents/${documentId}/versions`, {
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
