// The partnership's agencies (`/api/agencies`): who refers, who is involved
// in a review, who owns actions.
import { call } from './client';
import { isReplay } from './idempotency';
import { readable, type Reply, type RequestBody, type Schema } from './contract';

export type AgencyKind = Schema<'AgencyKind'>;
export type Agency = Schema<'Agency'>;
export type AgencyList = Reply<'/api/agencies', 'get'>;

export const agenciesPath = readable('/api/agencies');

/** Adds an agency; resolves to it as the server recorded it. */
export async function createAgency(agency: RequestBody<'/api/agencies', 'post'>): Promise<Agency> {
  const { body } = await call('post', '/api/agencies', { body: agency });
  // Only a request with an Idempotency-Key is answered with a replay, and this one has none.
  if (isReplay(body)) throw new Error('The server answered where the agency is instead of the agency.');
  return body;
}

/** The agency's name by id; an id the list lacks reads "Agency <id>". */
export function agencyName(agencies: readonly Agency[], id: number | null): string {
  if (id === null) return '';
  return agencies.find((agency) => agency.id === id)?.name ?? `Agency ${id}`;
}
