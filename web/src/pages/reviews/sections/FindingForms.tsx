import { limits } from '../../../api/limits';
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
import type { FieldError } from '../../../api/client';
import { newIdempotencyKey } from '../../../api/idempotency';
import { Radios, Select, Textarea, TextInput } from '../../../components/fields';
import { ChangeProblems, useChange } from '../../../useChange';

const themesHint = 'Optional. Separate themes with commas, for example “information sharing, professional curiosity”';

/** Adds a finding to the review; `onAdded` is told what to say. */
export function NewFindingForm({ reviewId, onAdded }: { reviewId: number; onAdded: (message: string) => void }) {
  const [text, setText] = useState('');
  const [themes, setThemes] = useState('');
  const change = useChange({ onChanged: onAdded, reload: () => undefined }, { prefix: 'finding' });
  const key = useRef(newIdempotencyKey());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (change.busy) return;
    const found: FieldError[] = text.trim() ? [] : [{ field: 'finding.text', message: 'Enter the finding' }];
    const add = async () => {
      await addFinding(reviewId, { text: text.trim(), themes: parseThemes(themes) }, key.current);
      key.current = newIdempotencyKey();
    };
    if (await change.run(found, add, 'Finding added')) {
      setText('');
      setThemes('');
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="new-finding-form">
      <h3 className="govuk-heading-m">Add a finding</h3>
      <ChangeProblems change={change} />
      <Textarea name="finding.text" maxLength={limits.addFinding.text.maxLength} label="Finding" value={text} onChange={setText} error={change.errorFor('finding.text')} />
      <TextInput name="finding.themes" label="Themes" hint={themesHint} value={themes} onChange={setThemes} error={change.errorFor('finding.themes')} />
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
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
  /** Told what to say. */
  onAdded: (message: string) => void;
}) {
  const [number, setNumber] = useState('');
  const [text, setText] = useState('');
  const [target, setTarget] = useState<RecommendationTarget | ''>('');
  const [agencyId, setAgencyId] = useState('');
  const [themes, setThemes] = useState('');
  const change = useChange({ onChanged: onAdded, reload: () => undefined }, { prefix: 'recommendation' });
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
    if (change.busy) return;
    const found = check();
    // Sent only when check() found nothing wrong, so a target is chosen.
    const recommendation: NewRecommendation = { text: text.trim(), target: target as RecommendationTarget, themes: parseThemes(themes) };
    if (number.trim()) recommendation.number = Number(number.trim());
    if (target === 'agency') recommendation.target_agency_id = Number(agencyId);
    const add = async () => {
      await addRecommendation(reviewId, recommendation, key.current);
      key.current = newIdempotencyKey();
    };
    const message = recommendation.number === undefined ? 'Recommendation added' : `Recommendation ${recommendation.number} added`;
    if (await change.run(found, add, message)) {
      setNumber('');
      setText('');
      setTarget('');
      setAgencyId('');
      setThemes('');
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="new-recommendation-form">
      <h3 className="govuk-heading-m">Add a recommendation</h3>
      <ChangeProblems change={change} />
      <TextInput
        name="recommendation.number"
        label="Number (optional)"
        hint="Leave blank to number it after the last one"
        width={4}
        inputMode="numeric"
        value={number}
        onChange={setNumber}
        error={change.errorFor('recommendation.number')}
      />
      <Textarea name="recommendation.text" maxLength={limits.addRecommendation.text.maxLength} label="Recommendation" value={text} onChange={setText} error={change.errorFor('recommendation.text')} />
      <Radios
        name="recommendation.target"
        label="Who does it ask to act?"
        value={target}
        onChange={(value) => setTarget(value as RecommendationTarget)}
        options={recommendationTargets.map((value) => ({ value, label: recommendationTargetLabels[value] }))}
        error={change.errorFor('recommendation.target')}
      />
      {target === 'agency' ? (
        <Select
          name="recommendation.target_agency_id"
          label="Agency asked to act"
          value={agencyId}
          onChange={setAgencyId}
          options={[{ value: '', label: 'Select an agency' }, ...agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))]}
          error={change.errorFor('recommendation.target_agency_id')}
        />
      ) : null}
      <TextInput
        name="recommendation.themes"
        label="Themes"
        hint={themesHint}
        value={themes}
        onChange={setThemes}
        error={change.errorFor('recommendation.themes')}
      />
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
        Add recommendation
      </button>
    </form>
  );
}
