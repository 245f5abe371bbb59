// The partnership's agencies (`/api/agencies`): who refers, who is involved
// in a review, who owns actions.
import { getJson, request } from './client';

export type AgencyKind =
  | 'childrens_social_care' | 'police' | 'health_commissioner' | 'health_provider' | 'education'
  | 'early_years' | 'probation' | 'youth_justice' | 'housing' | 'adult_social_care' | 'voluntary' | 'other';

export interface Agency {
  id: number;
  name: string;
  kind: AgencyKind;
}

export interface AgencyList {
  items: Agency[];
}

export const agenciesPath = '/api/agencies';

export async function createAgency(agency: { name: string; kind: string }): Promise<Agency> {
  return (await request<Agency>('POST', agenciesPath, { body: agency })).body;
}

export async function listAgencies(): Promise<Agency[]> {
  return (await getJson<AgencyList>(agenciesPath)).items;
}

/** The agency's name by id; an id the list lacks reads "Agency <id>". */
export function agencyName(agencies: readonly Agency[], id: number | null): string {
  if (id === null) return '';
  return agencies.find((agency) => agency.id === id)?.name ?? `Agency ${id}`;
}
