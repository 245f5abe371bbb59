import { DecisionSection } from './DecisionSection';
import { DetailsSection } from './DetailsSection';
import { InvolvementSection } from './InvolvementSection';
import { PeopleAndAgenciesSection } from './PeopleAndAgenciesSection';
import { StageSection } from './StageSection';
import { TermsOfReferenceSection } from './TermsOfReferenceSection';
import { TimelineSection } from './TimelineSection';
import type { ReviewSection } from './types';

/**
 * The sections of a full review page, in page order. The sections built
 * elsewhere go in the marked places: documents after the terms of
 * reference; findings and recommendations, the action plan and the quality
 * markers after family and practitioner involvement.
 */
export const reviewSections: ReviewSection[] = [
  { id: 'stage', title: 'Stage', Component: StageSection },
  { id: 'timeline', title: 'Timeline', Component: TimelineSection },
  { id: 'decision', title: 'Decision', Component: DecisionSection },
  { id: 'terms-of-reference', title: 'Terms of reference', Component: TermsOfReferenceSection },
  // Documents: { id: 'documents', ... }
  { id: 'people-and-agencies', title: 'People and agencies', Component: PeopleAndAgenciesSection },
  { id: 'involvement', title: 'Family and practitioner involvement', Component: InvolvementSection },
  // Findings and recommendations: { id: 'findings', ... }
  // Action plan: { id: 'action-plan', ... }
  // Quality markers: { id: 'quality-markers', ... }
  { id: 'details', title: 'Key dates and details', Component: DetailsSection },
];
