// The signed-in user's work: deadlines across their reviews and the counts
// behind the dashboard (`GET /api/deadlines`, `GET /api/work-summary`).
import { readable, type QueryParameters, type Reply, type Schema } from './contract';

export type Deadline = Schema<'Deadline'>;
export type DeadlinePage = Reply<'/api/deadlines', 'get'>;
/** Every stage with the number of reviews the user can see at it, and the actions of their scope by RAG today. */
export type WorkSummary = Reply<'/api/work-summary', 'get'>;

export const workSummaryPath = readable('/api/work-summary');

export function deadlinesPath(query: QueryParameters<'/api/deadlines', 'get'>) {
  return readable('/api/deadlines', { query });
}
