import { limits } from '../../../api/limits';
import { useRef, useState, type FormEvent } from 'react';
import type { Agency } from '../../../api/agencies';
import type { FieldError } from '../../../api/client';
import {
  createDocument,
  documentKindLabels,
  documentKinds,
  uploadVersion,
  type CaseDocument,
  type DocumentKind,
  type NewDocument,
} from '../../../api/documents';
import { newIdempotencyKey } from '../../../api/idempotency';
import { FileUpload, Select, TextInput } from '../../../components/fields';
import { ChangeProblems, useChange } from '../../../useChange';
import { uploadProblem } from './uploadProblem';

const fileHint = 'PDF, Word, Excel, PowerPoint, OpenDocument text, RTF, PNG, JPEG or plain text, smaller than 50 MB';

/**
 * Uploads a new document: creates its record, then sends the file as its
 * first version. When the file is refused, the record stays and the next
 * attempt sends another file to it rather than creating a second document.
 * An agency lead (`leadAgencyId`) uploads their own agency's reports only.
 */
export function NewDocumentForm({
  reviewId,
  agencies,
  leadAgencyId,
  onUploaded,
}: {
  reviewId: number;
  agencies: readonly Agency[];
  leadAgencyId: number | null;
  onUploaded: (message: string) => void;
}) {
  const [kind, setKind] = useState<DocumentKind | ''>(leadAgencyId !== null ? 'agency_report' : '');
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const change = useChange({ onChanged: onUploaded, reload: () => undefined }, { prefix: 'document' });
  const [generation, setGeneration] = useState(0);
  // The document created by an attempt whose file was refused.
  const [created, setCreated] = useState<{ id: number; title: string } | null>(null);
  const keys = useRef({ create: newIdempotencyKey(), upload: newIdempotencyKey() });

  const check = (): FieldError[] => {
    const found: FieldError[] = [];
    if (created === null) {
      if (!kind) found.push({ field: 'document.kind', message: 'Select what kind of document this is' });
      if (!title.trim()) found.push({ field: 'document.title', message: 'Enter the document’s title' });
      if (kind === 'translation' && !language.trim()) {
        found.push({ field: 'document.language', message: 'Enter the language of the translation' });
      }
    }
    if (!file) found.push({ field: 'document.file', message: 'Choose the file to upload' });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (change.busy) return;
    const found = check();
    /** Creates the record (unless an earlier attempt did), then sends the file; what it throws names fields as the API does. */
    const upload = async (chosen: File) => {
      let documentId = created?.id ?? null;
      if (documentId === null) {
        const record: NewDocument = { kind: kind as DocumentKind, title: title.trim() };
        if (kind === 'translation') record.language = language.trim();
        const agency = leadAgencyId ?? (agencyId ? Number(agencyId) : null);
        if (agency !== null) record.agency_id = agency;
        documentId = await createDocument(reviewId, record, keys.current.create);
        keys.current.create = newIdempotencyKey();
        setCreated({ id: documentId, title: record.title });
      }
      try {
        await uploadVersion(documentId, chosen, keys.current.upload);
        keys.current.upload = newIdempotencyKey();
      } catch (caught) {
        throw uploadProblem(caught, chosen);
      }
    };
    // Sent only when check() found nothing wrong, so a file is chosen.
    const chosen = file as File;
    if (await change.run(found, () => upload(chosen), `${created?.title ?? title.trim()} uploaded (${file?.name ?? ''})`)) {
      setKind(leadAgencyId !== null ? 'agency_report' : '');
      setTitle('');
      setLanguage('');
      setAgencyId('');
      setFile(null);
      setCreated(null);
      setGeneration((n) => n + 1);
    }
  };

  const kindOptions = [
    { value: '', label: 'Select a kind' },
    ...documentKinds.map((value) => ({ value, label: documentKindLabels[value] })),
  ];
  return (
    <form onSubmit={submit} noValidate key={generation} data-testid="new-document-form">
      <h3 className="govuk-heading-m">Upload a document</h3>
      <ChangeProblems change={change} />
      {created ? (
        <div className="govuk-inset-text">
          The document “{created.title}” has been created without a file. Choose a file to upload to it.
        </div>
      ) : (
        <>
          {leadAgencyId !== null ? (
            <p className="govuk-body">You can upload your agency’s reports for this review.</p>
          ) : (
            <Select
              name="document.kind"
              label="Kind of document"
              value={kind}
              onChange={(value) => setKind(value as DocumentKind | '')}
              options={kindOptions}
              error={change.errorFor('document.kind')}
            />
          )}
          <TextInput
            name="document.title"
            maxLength={limits.createDocument.title.maxLength}
            label="Title"
            hint="For example, “Overview report” or “Police agency report”"
            value={title}
            onChange={setTitle}
            error={change.errorFor('document.title')}
          />
          {kind === 'translation' ? (
            <TextInput
              name="document.language"
              maxLength={limits.createDocument.language.maxLength}
              label="Language of the translation"
              hint="For example, Polish"
              width={20}
              value={language}
              onChange={setLanguage}
              error={change.errorFor('document.language')}
            />
          ) : null}
          {leadAgencyId === null ? (
            <Select
              name="document.agency_id"
              label="Agency the document comes from (optional)"
              value={agencyId}
              onChange={setAgencyId}
              options={[{ value: '', label: 'Not from one agency' }, ...agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))]}
              error={change.errorFor('document.agency_id')}
            />
          ) : null}
        </>
      )}
      <FileUpload name="document.file" label="File" hint={fileHint} onChange={setFile} error={change.errorFor('document.file')} />
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
        Upload document
      </button>
    </form>
  );
}

/** Uploads a new version of one of `documents`. */
export function NewVersionForm({
  documents,
  onUploaded,
}: {
  documents: readonly CaseDocument[];
  onUploaded: (message: string) => void;
}) {
  const [documentId, setDocumentId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const change = useChange({ onChanged: onUploaded, reload: () => undefined }, { prefix: 'version' });
  const [generation, setGeneration] = useState(0);
  const key = useRef(newIdempotencyKey());

  if (documents.length === 0) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (change.busy) return;
    const found: FieldError[] = [];
    if (!documentId) found.push({ field: 'version.document', message: 'Select the document this is a new version of' });
    if (!file) found.push({ field: 'version.file', message: 'Choose the file to upload' });
    const document = documents.find((item) => item.id === Number(documentId));
    const upload = async (chosen: File) => {
      try {
        await uploadVersion(Number(documentId), chosen, key.current);
        key.current = newIdempotencyKey();
      } catch (caught) {
        throw uploadProblem(caught, chosen);
      }
    };
    // Sent only when nothing was found wrong, so a file is chosen.
    const chosen = file as File;
    const uploaded = `New version of ${document?.title ?? 'the document'} uploaded (${file?.name ?? ''})`;
    if (await change.run(found, () => upload(chosen), uploaded)) {
      setDocumentId('');
      setFile(null);
      setGeneration((n) => n + 1);
    }
  };

  return (
    <form onSubmit={submit} noValidate key={generation} data-testid="new-version-form">
      <h3 className="govuk-heading-m">Upload a new version of a document</h3>
      <ChangeProblems change={change} />
      <Select
        name="version.document"
        label="Document"
        value={documentId}
        onChange={setDocumentId}
        options={[
          { value: '', label: 'Select a document' },
          ...documents.map((document) => ({
            value: String(document.id),
            label: `${document.title} (${documentKindLabels[document.kind]}, ${document.versions.length} ${document.versions.length === 1 ? 'version' : 'versions'})`,
          })),
        ]}
        error={change.errorFor('version.document')}
      />
      <FileUpload name="version.file" label="File" hint={fileHint} onChange={setFile} error={change.errorFor('version.file')} />
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
        Upload new version
      </button>
    </form>
  );
}
