import { DecisionSection } from './DecisionSection';
import { DetailsSection } from './DetailsSection';
import { InvolvementSection } from './InvolvementSection';
import { PeopleAndAgenciesSection } from './PeopleAndAgenciesSection';
import { SignOffSection, signOffShown } from './SignOffSection';
import { StageSection } from './StageSection';
import { TermsOfReferenceSection } from './TermsOfReferenceSection';
import { TimelineSection } from './TimelineSection';
import { ActionPlanSection } from './ActionPlanSection';
import { DocumentsSection } from './DocumentsSection';
import { FindingsSection } from './FindingsSection';
import { QualityMarkersSection } from './QualityMarkersSection';
import { withSectionProps } from './sectionProps';
import type { ReviewSection } from './types';

/** The sections of a full review page, in page order. */
export const reviewSections: ReviewSection[] = [
  { id: 'stage', title: 'Stage', Component: StageSection },
  { id: 'timeline', title: 'Timeline', Component: TimelineSection },
  { id: 'decision', title: 'Decision', Component: DecisionSection },
  { id: 'terms-of-reference', title: 'Terms of reference', Component: TermsOfReferenceSection },
  { id: 'sign-off', title: 'Sign-off', shown: signOffShown, Component: SignOffSection },
  { id: 'documents', title: 'Documents', standalone: true, Component: withSectionProps(DocumentsSection) },
  { id: 'people-and-agencies', title: 'People and agencies', Component: PeopleAndAgenciesSection },
  { id: 'involvement', title: 'Family and practitioner involvement', Component: InvolvementSection },
  { id: 'findings', title: 'Findings and recommendations', standalone: true, Component: withSectionProps(FindingsSection) },
  { id: 'action-plan', title: 'Action plan', standalone: true, Component: withSectionProps(ActionPlanSection) },
  { id: 'quality-markers', title: 'Quality markers', standalone: true, Component: withSectionProps(QualityMarkersSection) },
  { id: 'details', title: 'Key dates and details', Component: DetailsSection },
];
