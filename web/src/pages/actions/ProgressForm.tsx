import { useEffect, useRef, useState, type FormEvent } from 'react';
import { actionStatuses, actionStatusLabels, addProgress, type ActionDetail, type ActionStatus, type NewProgress } from '../../api/actions';
import type { FieldError } from '../../api/client';
import { limits } from '../../api/limits';
import { createDocument, uploadVersion } from '../../api/documents';
import { newIdempotencyKey } from '../../api/idempotency';
import { FileUpload, Radios, Textarea } from '../../components/fields';
import { ChangeProblems, useChange } from '../../useChange';
import { uploadProblem } from '../reviews/sections/uploadProblem';

const keepStatus = 'keep';

/**
 * Reports progress on an action: a note, a new status, or both, with an
 * optional file as evidence. The file is first stored as an agency report
 * of the action's agency in the review's documents (which an agency lead
 * may create for their own agency), then named in the update by its id.
 * When the file is refused, nothing is reported and the document already
 * created takes the next file.
 */
export function ProgressForm({
  action,
  onReported,
  onFailing,
}: {
  action: ActionDetail;
  onReported: (message: string) => void;
  /** Told whether the form shows errors (for the page title). */
  onFailing: (failing: boolean) => void;
}) {
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string>(keepStatus);
  const [file, setFile] = useState<File | null>(null);
  const change = useChange({ onChanged: onReported, reload: () => undefined }, { prefix: 'progress' });
  const [generation, setGeneration] = useState(0);
  // The evidence document of an attempt that did not finish: created, and whether its file is stored.
  const [evidence, setEvidence] = useState<{ id: number; uploaded: boolean } | null>(null);
  const keys = useRef({ document: newIdempotencyKey(), upload: newIdempotencyKey(), progress: newIdempotencyKey() });

  /** Stores the evidence file (once) and reports the progress; what it throws names fields as the API does. */
  const report = async (progress: NewProgress) => {
    let documentId: number | null = evidence?.uploaded ? evidence.id : null;
    if (file) {
      let created: number | null = evidence?.id ?? null;
      try {
        if (created === null) {
          created = await createDocument(
            action.review_id,
            { kind: 'agency_report', title: `Evidence for action ${action.id}: ${file.name}`.slice(0, limits.createDocument.title.maxLength), agency_id: action.agency_id },
            keys.current.document,
          );
          keys.current.document = newIdempotencyKey();
          setEvidence({ id: created, uploaded: false });
        }
        await uploadVersion(created, file, keys.current.upload);
        keys.current.upload = newIdempotencyKey();
        setEvidence({ id: created, uploaded: true });
        documentId = created;
      } catch (caught) {
        throw created === null ? caught : uploadProblem(caught, file);
      }
    }
    if (documentId !== null) progress.document_id = documentId;
    try {
      await addProgress(action.id, progress, keys.current.progress);
      keys.current.progress = newIdempotencyKey();
      setNote('');
      setStatus(keepStatus);
      setEvidence(null);
    } finally {
      // The file is stored (or there was none): a retry sends the update alone.
      setFile(null);
      setGeneration((n) => n + 1);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (change.busy) return;
    const found: FieldError[] = [];
    if (!note.trim() && status === keepStatus) {
      found.push({ field: 'progress.note', message: 'Enter a note about the progress, or choose a new status' });
    }
    const progress: NewProgress = { note: note.trim() };
    if (status !== keepStatus) progress.status = status as ActionStatus;
    const reported = progress.status ? `Progress reported: the action is now ${actionStatusLabels[progress.status].toLowerCase()}` : 'Progress reported';
    await change.run(found, () => report(progress), reported);
  };

  const { failing } = change;
  useEffect(() => onFailing(failing), [failing, onFailing]);

  const statusOptions = [
    { value: keepStatus, label: `Keep it as ${actionStatusLabels[action.status].toLowerCase()}` },
    ...actionStatuses.filter((value) => value !== action.status).map((value) => ({ value, label: actionStatusLabels[value] })),
  ];
  return (
    <form onSubmit={submit} noValidate data-testid="progress-form">
      <h2 className="govuk-heading-m">Report progress</h2>
      <ChangeProblems change={change} />
      <Textarea
        name="progress.note"
        label="What has happened?"
        hint="For example, what was done, by whom, and what is left to do"
        value={note}
        onChange={setNote}
        error={change.errorFor('progress.note')}
        maxLength={limits.addActionProgress.note.maxLength}
      />
      <Radios name="progress.status" label="Status" value={status} onChange={setStatus} options={statusOptions} error={change.errorFor('progress.status')} />
      <div key={generation}>
        {evidence?.uploaded && file === null ? (
          <div className="govuk-inset-text">Your evidence file is stored. Report the progress again to attach it.</div>
        ) : null}
        <FileUpload
          name="progress.file"
          label="Evidence (optional)"
          hint="A file that shows the progress, such as an audit or minutes. PDF, Word, Excel, PowerPoint, OpenDocument text, RTF, PNG, JPEG or plain text, smaller than 50 MB. It is added to the review’s documents as your agency’s report."
          onChange={setFile}
          error={change.errorFor('progress.file') ?? change.errorFor('progress.document_id')}
        />
      </div>
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
        Report progress
      </button>
    </form>
  );
}
