import { limits } from '../../../api/limits';
import { type FormEvent, useState } from 'react';
import type { FieldError } from '../../../api/client';
import {
  assignMember,
  memberCandidatesPath,
  unassignMember,
  type MemberCandidate,
  type MemberRole,
  type NewMember,
  type ReviewMember,
} from '../../../api/reviews';
import { Radios, Select, Textarea } from '../../../components/fields';
import { SummaryList } from '../../../components/SummaryList';
import { formatInstant } from '../../../dates';
import { useResource } from '../../../data/useResource';
import { label, roleLabels } from '../../../labels';
import { memberRoleLabels } from '../labels';
import { FormDisclosure } from '../FormDisclosure';
import { ChangeProblems, useChange } from '../../../useChange';
import { mayManageAccess } from '../mayManageAccess';
import { IndependenceRule, isIndependenceRefusal } from './IndependenceRule';
import type { ReviewSectionProps } from './types';


/** The people assigned to the review (its reviewer among them), and the forms to assign and remove them. */
export function MembersPart(props: ReviewSectionProps) {
  const { review, user } = props;
  const assigning = mayManageAccess(user) && review.stage !== 'closed';
  const reviewers = review.members.filter((member) => member.role === 'reviewer');
  return (
    <>
      <h3 className="govuk-heading-m">People assigned to the review</h3>
      <p className="govuk-body" data-testid="reviewer">
        {reviewers.length === 0
          ? 'No reviewer has been appointed yet. Information gathering cannot start without one.'
          : `Reviewer: ${reviewers.map((member) => member.display_name).join(', ')}.`}
      </p>
      {review.members.length > 0 ? (
        <MemberList {...props} removable={assigning} />
      ) : null}
      {assigning ? <AssignForm {...props} /> : null}
    </>
  );
}

function MemberList({ removable, review, onChanged, reload }: ReviewSectionProps & { removable: boolean }) {
  const change = useChange({ onChanged, reload });
  const remove = (member: ReviewMember) =>
    change.run([], () => unassignMember(review.id, member.user_id), `${member.display_name} is no longer assigned to the review`);

  return (
    <>
      <ChangeProblems change={change} />
      <SummaryList
        rows={review.members.map((member) => {
          const agency = review.agencies.find((candidate) => candidate.id === member.agency_id);
          return {
            key: member.display_name,
            value: (
              <>
                {memberRoleLabels[member.role]}
                {agency ? `, works for ${agency.name} (involved in the case)` : ''}
                <span className="govuk-body-s app-block app-secondary-text">Assigned {formatInstant(member.assigned_at)}</span>
                {member.independence_override ? (
                  <span className="govuk-body-s app-block">Reason for appointing despite the independence rule: {member.independence_override}</span>
                ) : null}
              </>
            ),
            ...(removable
              ? {
                  action: (
                    <button
                      type="button"
                      className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                      disabled={change.busy}
                      aria-disabled={change.busy}
                      onClick={() => void remove(member)}
                    >
                      Remove<span className="govuk-visually-hidden"> {member.display_name}</span>
                    </button>
                  ),
                }
              : {}),
          };
        })}
      />
    </>
  );
}

/** A candidate as the person picker shows them: name, roles, and whether their agency is involved. */
function candidateLabel(candidate: MemberCandidate): string {
  const roles = candidate.roles.map((role) => label(roleLabels, role)).join(', ');
  const involved = candidate.agency_involved ? ', works for an agency involved in the case' : '';
  return `${candidate.display_name} (${roles}${involved})`;
}

function AssignForm({ review, onChanged, reload }: ReviewSectionProps) {
  const change = useChange({ onChanged, reload });
  // Read again with the review whenever it changes (staleAfter.reviewChanged): whose agency is involved changes with it.
  const [candidates] = useResource(memberCandidatesPath(review.id));
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const [override, setOverride] = useState('');
  const refusedForIndependence = isIndependenceRefusal(change.problem);
  const askOverride = refusedForIndependence || override !== '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid: FieldError[] = [];
    const id = Number(userId);
    if (!userId) invalid.push({ field: 'user_id', message: 'Choose the person to assign' });
    if (!role) invalid.push({ field: 'role', message: 'Select whether they are a member or the reviewer' });
    const member: NewMember = { user_id: id, role: role as MemberRole };
    if (askOverride && role === 'reviewer' && override.trim()) member.independence_override = override.trim();
    const assigned = await change.run(invalid, () => assignMember(review.id, member), role === 'reviewer' ? 'The reviewer has been appointed' : 'The member has been assigned');
    if (assigned) {
      setUserId('');
      setRole('');
      setOverride('');
    }
  };

  const assigned = new Set(review.members.map((member) => member.user_id));
  const choices =
    candidates.status === 'loaded' ? candidates.data.items.filter((candidate) => !assigned.has(candidate.user_id)) : [];
  return (
    <FormDisclosure summary="Assign someone to the review">
      <form onSubmit={submit} noValidate data-testid="assign-form">
        <h4 className="govuk-heading-s">Assign someone to the review</h4>
        <ChangeProblems change={change} />
        {refusedForIndependence ? (
          <IndependenceRule remedy="If there is a good reason to go ahead (for example, no independent reviewer with the right experience is available), write it below and appoint them again. The reason is kept with the appointment and recorded in the audit log." />
        ) : null}
        <Select
          name="user_id"
          label="Person"
          hint="A reviewer must be independent of the agencies involved in the case."
          value={userId}
          onChange={setUserId}
          error={change.errorFor('user_id')}
          options={[
            { value: '', label: candidates.status === 'loaded' ? 'Choose a person' : 'Loading the people you can assign…' },
            ...choices.map((candidate) => ({ value: String(candidate.user_id), label: candidateLabel(candidate) })),
          ]}
        />
        <Radios
          name="role"
          label="Role in the review"
          value={role}
          onChange={setRole}
          error={change.errorFor('role')}
          options={[
            { value: 'member', label: memberRoleLabels.member, hint: 'Works on the review and can see it, even when it is restricted' },
            { value: 'reviewer', label: memberRoleLabels.reviewer, hint: 'Leads the review; must be independent of the agencies involved' },
          ]}
        />
        {askOverride && role === 'reviewer' ? (
          <Textarea
            name="independence_override"
            maxLength={limits.assignReviewMember.independence_override.maxLength}
            label="Why appoint this reviewer all the same?"
            hint="This written reason is kept with the appointment and recorded in the audit log."
            value={override}
            onChange={setOverride}
            error={change.errorFor('independence_override')}
            rows={3}
          />
        ) : null}
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={change.busy} aria-disabled={change.busy}>
          Assign
        </button>
      </form>
    </FormDisclosure>
  );
}
