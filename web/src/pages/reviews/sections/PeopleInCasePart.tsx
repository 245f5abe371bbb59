import { limits } from '../../../api/limits';
import { type FormEvent, useState } from 'react';
import type { FieldError } from '../../../api/client';
import { addPerson, peoplePath, type NewPerson, type Person } from '../../../api/reviews';
import { DateInput, emptyDate, Textarea, TextInput } from '../../../components/fields';
import { ResourceView } from '../../../components/ResourceView';
import { SummaryList } from '../../../components/SummaryList';
import { formatDate } from '../../../dates';
import { staleAfter } from '../../../data/staleAfter';
import { useRefresh } from '../../../data/useRefresh';
import { useResource } from '../../../data/useResource';
import { checkDate, lines } from '../checkDate';
import { FormDisclosure } from '../FormDisclosure';
import { ChangeProblems, useChange } from '../../../useChange';
import type { ReviewSectionProps } from './types';
import { WarningText } from '../../../components/WarningText';

/**
 * The people in the case with their real identifiers, for those who may read
 * them (admins, coordinators, assigned reviewers). Every read is audited, so
 * they are read only when the user asks to see them; adding a person does not
 * need them read.
 */
export function PeopleInCasePart(props: ReviewSectionProps) {
  const [shown, setShown] = useState(false);
  const [people] = useResource(shown ? peoplePath(props.review.id) : null);
  const refresh = useRefresh();
  const onChanged = (message: string) => {
    // Read again only where they are shown: every read is audited.
    void refresh(staleAfter.personAdded(props.review.id));
    props.onChanged(message);
  };
  return (
    <>
      <h3 className="govuk-heading-m">People in the case</h3>
      <WarningText>
        Real names and details identify the people in the case. Never copy them into anything published: use each
        person’s published label.
      </WarningText>
      {shown ? (
        <ResourceView resource={people}>
          {({ items }) =>
            items.length === 0 ? (
              <p className="govuk-body">No people in the case have been recorded yet.</p>
            ) : (
              <div data-testid="people-in-case">
                {items.map((person) => (
                  <PersonCard key={person.id} person={person} />
                ))}
              </div>
            )
          }
        </ResourceView>
      ) : (
        <>
          <p className="govuk-body">Viewing the people in the case is recorded in the audit log, with your name and the time.</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setShown(true)}>
            Show the people in the case
          </button>
        </>
      )}
      {props.review.stage !== 'closed' ? <PersonForm {...props} onChanged={onChanged} /> : null}
    </>
  );
}

function PersonCard({ person }: { person: Person }) {
  const list = (items: readonly string[]) =>
    items.length > 0 ? (
      <ul className="govuk-list">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    ) : (
      ''
    );
  return (
    <div className="govuk-summary-card" data-testid="person">
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title">{person.published_label}</h4>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: 'Real name', value: person.real_name },
            { key: 'Relationship', value: person.relationship },
            { key: 'Other names', value: list(person.aliases) },
            { key: 'Date of birth', value: formatDate(person.date_of_birth) },
            { key: 'Addresses', value: list(person.addresses) },
            { key: 'Settings', value: list(person.settings) },
          ]}
        />
      </div>
    </div>
  );
}

function PersonForm({ review, onChanged, reload }: ReviewSectionProps) {
  const change = useChange({ onChanged, reload });
  const [realName, setRealName] = useState('');
  const [relationship, setRelationship] = useState('');
  const [publishedLabel, setPublishedLabel] = useState('');
  const [birth, setBirth] = useState(emptyDate);
  const [aliases, setAliases] = useState('');
  const [addresses, setAddresses] = useState('');
  const [settings, setSettings] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid: FieldError[] = [];
    if (!realName.trim()) invalid.push({ field: 'real_name', message: 'Enter the person’s real name' });
    if (!relationship.trim()) invalid.push({ field: 'relationship', message: 'Enter how the person is related to the case' });
    if (!publishedLabel.trim()) invalid.push({ field: 'published_label', message: 'Enter the label published text uses instead of their name' });
    const date_of_birth = checkDate(birth, 'date_of_birth', 'the date of birth', false, invalid);
    const person: NewPerson = {
      real_name: realName.trim(),
      relationship: relationship.trim(),
      published_label: publishedLabel.trim(),
      aliases: lines(aliases),
      addresses: lines(addresses),
      settings: lines(settings),
      ...(date_of_birth ? { date_of_birth } : {}),
    };
    const added = await change.run(invalid, () => addPerson(review.id, person), `${person.published_label} has been added to the people in the case`);
    if (added) {
      setRealName('');
      setRelationship('');
      setPublishedLabel('');
      setBirth(emptyDate);
      setAliases('');
      setAddresses('');
      setSettings('');
    }
  };

  return (
    <FormDisclosure summary="Add a person in the case">
      <form onSubmit={submit} noValidate data-testid="person-form">
        <h4 className="govuk-heading-s">Add a person in the case</h4>
        <ChangeProblems change={change} />
        <TextInput name="published_label" maxLength={limits.addPersonInCase.published_label.maxLength} label="Published label" hint="What published text calls them, for example Child T or Mother" value={publishedLabel} onChange={setPublishedLabel} error={change.errorFor('published_label')} />
        <TextInput name="real_name" maxLength={limits.addPersonInCase.real_name.maxLength} label="Real name" value={realName} onChange={setRealName} error={change.errorFor('real_name')} spellCheck={false} />
        <TextInput name="relationship" maxLength={limits.addPersonInCase.relationship.maxLength} label="Relationship" hint="For example, mother of the child" value={relationship} onChange={setRelationship} error={change.errorFor('relationship')} />
        <DateInput name="date_of_birth" label="Date of birth (optional)" value={birth} onChange={setBirth} error={change.errorFor('date_of_birth')} />
        <Textarea name="aliases" label="Other names (optional)" hint="One per line" value={aliases} onChange={setAliases} error={change.errorFor('aliases')} rows={2} />
        <Textarea name="addresses" label="Addresses (optional)" hint="One per line" value={addresses} onChange={setAddresses} error={change.errorFor('addresses')} rows={2} />
        <Textarea name="settings" label="Settings (optional)" hint="Schools, nurseries or other places, one per line" value={settings} onChange={setSettings} error={change.errorFor('settings')} rows={2} />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={change.busy} aria-disabled={change.busy}>
          Add the person
        </button>
      </form>
    </FormDisclosure>
  );
}
