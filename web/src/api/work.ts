// The signed-in user's work: deadlines across their reviews and the counts
// behind the dashboard (`GET /api/deadlines`, `GET /api/work-summary`).
import type { MilestoneState, Rag, Stage } from '../labels';

export interface Milestone {
  id: string;
  title: string;
  basis: string;
  due: string | null;
  done_on: string | null;
  state: MilestoneState;
}

export interface Deadline {
  review_id: number;
  pseudonym: string;
  stage: Stage;
  milestone: Milestone;
}

export interface DeadlinePage {
  within_days: number;
  items: Deadline[];
  next_cursor: string | null;
}

export interface WorkSummary {
  /** Every stage, in order, with the number of reviews the user can see at it. */
  reviews_by_stage: { stage: Stage; count: number }[];
  /** Actions of the user's scope (an agency lead's: their agency's) by RAG today. */
  actions_by_rag: Record<Rag, number>;
  /** The agency the counts are confined to, for an agency lead. */
  agency_id: number | null;
}
