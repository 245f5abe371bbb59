import { useState, type FormEvent } from 'react';
import { createUser, type CreatedUser, type NewUser } from '../../api/admin';
import { agenciesPath } from '../../api/agencies';
import { limits } from '../../api/limits';
import { asApiError, type ApiError, type FieldError } from '../../api/client';
import type { Role } from '../../api/session';
import { ErrorSummary, ProblemSummary, sentenceFor } from '../../components/ErrorSummary';
import { Checkboxes, Select, TextInput } from '../../components/fields';
import { roleLabels } from '../../labels';
import { Link } from '../../router';
import { usePageTitle } from '../../usePageTitle';
import { staleAfter } from '../../data/staleAfter';
import { useRefresh } from '../../data/useRefresh';
import { useResource } from '../../data/useResource';
import { AdminSection } from './AdminSection';
import { OneTimePassword } from './OneTimePassword';

/** `/admin/users/new`: add a user; their one-time password is shown once, here. */
export function NewUserPage() {
  return (
    <AdminSection area="users">
      <NewUser />
    </AdminSection>
  );
}

// What each role may do, in a line (docs/security.md).
const roleOptions: ReadonlyArray<{ value: Role; hint: string }> = [
  { value: 'admin', hint: 'Manages users and agencies, and sees everything' },
  { value: 'coordinator', hint: 'Runs reviews day to day, and makes referrals' },
  { value: 'panel_member', hint: 'Reads reviews, records decisions and checks quality' },
  { value: 'partner', hint: 'Reads every review that is not restricted, and signs off' },
  { value: 'reviewer', hint: 'Sees only the reviews they are assigned to' },
  { value: 'agency_lead', hint: 'Sees only what concerns their agency, and updates its actions' },
];

interface Draft {
  display_name: string;
  email: string;
  roles: Role[];
  agency_id: string;
}

const emptyDraft: Draft = { display_name: '', email: '', roles: [], agency_id: '' };

/** The questions left unanswered, in the order of the form. */
function missingAnswers(draft: Draft): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.display_name.trim()) errors.push({ field: 'display_name', message: 'Enter the user’s full name' });
  if (!draft.email.trim()) errors.push({ field: 'email', message: 'Enter the user’s email address' });
  if (draft.roles.length === 0) errors.push({ field: 'roles', message: 'Select at least one role' });
  if (draft.roles.includes('agency_lead') && !draft.agency_id) {
    errors.push({ field: 'agency_id', message: 'Select the agency they lead for' });
  }
  return errors;
}

function requestFor(draft: Draft): NewUser {
  const user: NewUser = { display_name: draft.display_name.trim(), email: draft.email.trim(), roles: draft.roles };
  if (draft.roles.includes('agency_lead') && draft.agency_id) user.agency_id = Number(draft.agency_id);
  return user;
}

function NewUser() {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [missing, setMissing] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [busy, setBusy] = useState(false);
  const [agencies] = useResource(agenciesPath);
  const refresh = useRefresh();
  const hasErrors = missing.length > 0 || failure !== null;
  usePageTitle(created ? 'User added' : hasErrors ? 'Error: Add a user' : 'Add a user');

  const change = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const unanswered = missingAnswers(draft);
    setMissing(unanswered);
    setFailure(null);
    if (unanswered.length > 0) return;
    setBusy(true);
    try {
      const user = await createUser(requestFor(draft));
      await refresh(staleAfter.usersChanged());
      setCreated(user);
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <OneTimePassword title="User added" person={created.user.display_name} password={created.one_time_password}>
        <p className="govuk-body">
          <Link
            className="govuk-link"
            href="/admin/users/new"
            onClick={() => {
              setCreated(null);
              setDraft(emptyDraft);
            }}
          >
            Add another user
          </Link>
        </p>
      </OneTimePassword>
    );
  }

  const errors = failure ? failure.problem.errors : missing;
  const agencyOptions = [
    { value: '', label: 'Choose an agency' },
    ...(agencies.status === 'loaded'
      ? [...agencies.data.items].sort((a, b) => a.name.localeCompare(b.name)).map((agency) => ({ value: String(agency.id), label: agency.name }))
      : []),
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {failure && failure.problem.errors.length === 0 ? <ProblemSummary error={failure} /> : null}
        {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
        <span className="govuk-caption-l">Administration</span>
        <h1 className="govuk-heading-l">Add a user</h1>
        <p className="govuk-body">
          They will get a one-time password, shown to you on the next page, which they must change when they first sign in.
        </p>
        <form onSubmit={submit} noValidate>
          <TextInput
            name="display_name"
            label="Full name"
            autoComplete="off"
            spellCheck={false}
            value={draft.display_name}
            onChange={change('display_name')}
            error={sentenceFor(errors, 'display_name')}
            maxLength={limits.createUser.display_name.maxLength}
          />
          <TextInput
            name="email"
            label="Email address"
            hint="They sign in with this address. It must be unique."
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={draft.email}
            onChange={change('email')}
            error={sentenceFor(errors, 'email')}
            maxLength={limits.createUser.email.maxLength}
          />
          <Checkboxes
            name="roles"
            label="Roles"
            hint="Select all that apply."
            values={draft.roles}
            onChange={(values) => change('roles')(values as Role[])}
            options={roleOptions.map(({ value, hint }) => ({ value, label: roleLabels[value] ?? value, hint }))}
            error={sentenceFor(errors, 'roles')}
          />
          {draft.roles.includes('agency_lead') ? (
            <Select
              name="agency_id"
              label="Agency"
              hint="The agency this person is the safeguarding lead for."
              value={draft.agency_id}
              onChange={change('agency_id')}
              options={agencyOptions}
              error={sentenceFor(errors, 'agency_id')}
            />
          ) : null}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy} aria-disabled={busy}>
              Add user
            </button>
            <Link className="govuk-link" href="/admin/users">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
