import { useRef, useState, type FormEvent } from 'react';
import {
  addFinding,
  addRecommendation,
  parseThemes,
  recommendationTargetLabels,
  recommendationTargets,
  type NewRecommendation,
  type RecommendationTarget,
} from '../../../api/actions';
import type { Agency } from '../../../api/agencies';
import type { ApiError, FieldError } from '../../../api/client';
import { newIdempotencyKey } from '../../../api/idempotency';
import { ErrorSummary, errorFor, ProblemSummary } from '../../../components/ErrorSummary';
import { Radios, Select, Textarea, TextInput } from '../../../components/fields';
import { formProblem, inlineErrors } from './formErrors';

const themesHint = 'Optional. Separate themes with commas, for example “information sharing, professional curiosity”';

export function NewFindingForm({ reviewId, onAdded }: { reviewId: number; onAdded: () => void }) {
  const [text, setText] = useState('');
  const [themes, setThemes] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = text.trim() ? [] : [{ field: 'finding.text', message: 'Enter the finding' }];
    setErrors(found);
    setProblem(null);
    if (found.length > 0 || busy) return;
    setBusy(true);
    try {
      await addFinding(reviewId, { text: text.trim(), themes: parseThemes(themes) }, key.current);
      key.current = newIdempotencyKey();
      setText('');
      setThemes('');
      onAdded();
    } catch (caught) {
      setProblem(formProblem(caught, 'finding'));
    } finally {
      setBusy(false);
    }
  };

  const shown = inlineErrors(errors, problem);
  return (
    <form onSubmit={submit} noValidate data-testid="new-finding-form">
      <h3 className="govuk-heading-m">Add a finding</h3>
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      {problem ? <ProblemSummary error={problem} /> : null}
      <Textarea name="finding.text" label="Finding" value={text} onChange={setText} error={errorFor(shown, 'finding.text')} />
      <TextInput name="finding.themes" label="Themes" hint={themesHint} value={themes} onChange={setThemes} error={errorFor(shown, 'finding.themes')} />
      <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
        Add finding
      </button>
    </form>
  );
}

export function NewRecommendationForm({
  reviewId,
  agencies,
  onAdded,
}: {
  reviewId: number;
  agencies: readonly Agency[];
  onAdded: (number: number | null) => void;
}) {
  const [number, setNumber] = useState('');
  const [text, setText] = useState('');
  const [target, setTarget] = useState<RecommendationTarget | ''>('');
  const [agencyId, setAgencyId] = useState('');
  const [themes, setThemes] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());

  const check = (): FieldError[] => {
    const found: FieldError[] = [];
    if (number.trim() && !/^[1-9]\d{0,5}$/.test(number.trim())) {
      found.push({ field: 'recommendation.number', message: 'Number must be a whole number, like 4' });
    }
    if (!text.trim()) found.push({ field: 'recommendation.text', message: 'Enter the recommendation' });
    if (!target) found.push({ field: 'recommendation.target', message: 'Select whom the recommendation asks to act' });
    if (target === 'agency' && !agencyId) {
      found.push({ field: 'recommendation.target_agency_id', message: 'Select the agency asked to act' });
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setProblem(null);
    if (found.length > 0 || !target || busy) return;
    const recommendation: NewRecommendation = { text: text.trim(), target, themes: parseThemes(themes) };
    if (number.trim()) recommendation.number = Number(number.trim());
    if (target === 'agency') recommendation.target_agency_id = Number(agencyId);
    setBusy(true);
    try {
      await addRecommendation(reviewId, recommendation, key.current);
      key.current = newIdempotencyKey();
      setNumber('');
      setText('');
      setTarget('');
      setAgencyId('');
      setThemes('');
      onAdded(recommendation.number ?? null);
    } catch (caught) {
      setProblem(formProblem(caught, 'recommendation'));
    } finally {
      setBusy(false);
    }
  };

  const shown = inlineErrors(errors, problem);
  return (
    <form onSubmit={submit} noValidate data-testid="new-recommendation-form">
      <h3 className="govuk-heading-m">Add a recommendation</h3>
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      {problem ? <ProblemSummary error={problem} /> : null}
      <TextInput
        name="recommendation.number"
        label="Number (optional)"
        hint="Leave blank to number it after the last one"
        width={4}
        inputMode="numeric"
        value={number}
        onChange={setNumber}
        error={errorFor(shown, 'recommendation.number')}
      />
      <Textarea name="recommendation.text" label="Recommendation" value={text} onChange={setText} error={errorFor(shown, 'recommendation.text')} />
      <Radios
        name="recommendation.target"
        label="Who does it ask to act?"
        value={target}
        onChange={(value) => setTarget(value as RecommendationTarget)}
        options={recommendationTargets.map((value) => ({ value, label: recommendationTargetLabels[value] }))}
        error={errorFor(shown, 'recommendation.target')}
      />
      {target === 'agency' ? (
        <Select
          name="recommendation.target_agency_id"
          label="Agency asked to act"
          value={agencyId}
          onChange={setAgencyId}
          options={[{ value: '', label: 'Select an agency' }, ...agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))]}
          error={errorFor(shown, 'recommendation.target_agency_id')}
        />
      ) : null}
      <TextInput
        name="recommendation.themes"
        label="Themes"
        hint={themesHint}
        value={themes}
        onChange={setThemes}
        error={errorFor(shown, 'recommendation.themes')}
      />
      <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
        Add recommendation
      </button>
    </form>
  );
}
