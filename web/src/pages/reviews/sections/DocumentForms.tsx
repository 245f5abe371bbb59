import { useRef, useState, type FormEvent } from 'react';
import type { Agency } from '../../../api/agencies';
import type { ApiError, FieldError } from '../../../api/client';
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
import { ErrorSummary, errorFor, ProblemSummary } from '../../../components/ErrorSummary';
import { FileUpload, Select, TextInput } from '../../../components/fields';
import { formProblem, inlineErrors } from './formErrors';
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
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
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
    const found = check();
    setErrors(found);
    setProblem(null);
    if (found.length > 0 || !file || busy) return;
    setBusy(true);
    let documentId = created?.id ?? null;
    try {
      if (documentId === null) {
        const record: NewDocument = { kind: kind as DocumentKind, title: title.trim() };
        if (kind === 'translation') record.language = language.trim();
        const agency = leadAgencyId ?? (agencyId ? Number(agencyId) : null);
        if (agency !== null) record.agency_id = agency;
        documentId = await createDocument(reviewId, record, keys.current.create);
        keys.current.create = newIdempotencyKey();
        setCreated({ id: documentId, title: record.title });
      }
    } catch (caught) {
      setProblem(formProblem(caught, 'document'));
      setBusy(false);
      return;
    }
    try {
      await uploadVersion(documentId, file, keys.current.upload);
      keys.current.upload = newIdempotencyKey();
      onUploaded(`${created?.title ?? title.trim()} uploaded (${file.name})`);
      setKind(leadAgencyId !== null ? 'agency_report' : '');
      setTitle('');
      setLanguage('');
      setAgencyId('');
      setFile(null);
      setCreated(null);
      setGeneration((n) => n + 1);
    } catch (caught) {
      setProblem(uploadProblem(caught, file, 'document.file'));
    } finally {
      setBusy(false);
    }
  };

  const shown = inlineErrors(errors, problem);
  const kindOptions = [
    { value: '', label: 'Select a kind' },
    ...documentKinds.map((value) => ({ value, label: documentKindLabels[value] })),
  ];
  return (
    <form onSubmit={submit} noValidate key={generation} data-testid="new-document-form">
      <h3 className="govuk-heading-m">Upload a document</h3>
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      {problem ? <ProblemSummary error={problem} /> : null}
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
              error={errorFor(shown, 'document.kind')}
            />
          )}
          <TextInput
            name="document.title"
            label="Title"
            hint="For example, “Overview report” or “Police agency report”"
            value={title}
            onChange={setTitle}
            error={errorFor(shown, 'document.title')}
          />
          {kind === 'translation' ? (
            <TextInput
              name="document.language"
              label="Language of the translation"
              hint="For example, Polish"
              width={20}
              value={language}
              onChange={setLanguage}
              error={errorFor(shown, 'document.language')}
            />
          ) : null}
          {leadAgencyId === null ? (
            <Select
              name="document.agency_id"
              label="Agency the document comes from (optional)"
              value={agencyId}
              onChange={setAgencyId}
              options={[{ value: '', label: 'Not from one agency' }, ...agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))]}
              error={errorFor(shown, 'document.agency_id')}
            />
          ) : null}
        </>
      )}
      <FileUpload name="document.file" label="File" hint={fileHint} onChange={setFile} error={errorFor(shown, 'document.file')} />
      <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
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
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const key = useRef(newIdempotencyKey());

  if (documents.length === 0) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!documentId) found.push({ field: 'version.document', message: 'Select the document this is a new version of' });
    if (!file) found.push({ field: 'version.file', message: 'Choose the file to upload' });
    setErrors(found);
    setProblem(null);
    if (found.length > 0 || !file || busy) return;
    const document = documents.find((item) => item.id === Number(documentId));
    setBusy(true);
    try {
      await uploadVersion(Number(documentId), file, key.current);
      key.current = newIdempotencyKey();
      onUploaded(`New version of ${document?.title ?? 'the document'} uploaded (${file.name})`);
      setDocumentId('');
      setFile(null);
      setGeneration((n) => n + 1);
    } catch (caught) {
      const refused = uploadProblem(caught, file, 'version.file');
      setProblem(refused === caught ? formProblem(caught, 'version') : refused);
    } finally {
      setBusy(false);
    }
  };

  const shown = inlineErrors(errors, problem);
  return (
    <form onSubmit={submit} noValidate key={generation} data-testid="new-version-form">
      <h3 className="govuk-heading-m">Upload a new version of a document</h3>
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      {problem ? <ProblemSummary error={problem} /> : null}
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
        error={errorFor(shown, 'version.document')}
      />
      <FileUpload name="version.file" label="File" hint={fileHint} onChange={setFile} error={errorFor(shown, 'version.file')} />
      <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
        Upload new version
      </button>
    </form>
  );
}
