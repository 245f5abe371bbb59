import { AgenciesPart } from './AgenciesPart';
import { MembersPart } from './MembersPart';
import { PeopleInCasePart } from './PeopleInCasePart';
import type { ReviewSectionProps } from './types';

/** The agencies involved, the people assigned to the review, and (for those who may) the people in the case. */
export function PeopleAndAgenciesSection(props: ReviewSectionProps) {
  return (
    <>
      <AgenciesPart {...props} />
      <MembersPart {...props} />
      {props.review.may_read_people ? <PeopleInCasePart {...props} /> : null}
    </>
  );
}
