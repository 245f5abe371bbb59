// The 18 quality markers of a review (SCIE/NSPCC "Learning into Practice"
// quality markers for case reviews, 2016; DOMAIN.md section 5) and their
// ratings (docs/api/openapi.yaml, tag Quality).
import { request } from './client';

export type QualityRating = 'met' | 'partly_met' | 'not_met' | 'not_applicable';
export const qualityRatings: readonly QualityRating[] = ['met', 'partly_met', 'not_met', 'not_applicable'];
export const qualityRatingLabels: Record<QualityRating, string> = {
  met: 'Met',
  partly_met: 'Partly met',
  not_met: 'Not met',
  not_applicable: 'Not applicable',
};
export const qualityRatingColours: Record<QualityRating, string> = {
  met: 'govuk-tag--green',
  partly_met: 'govuk-tag--yellow',
  not_met: 'govuk-tag--red',
  not_applicable: 'govuk-tag--grey',
};

export type QualityMarkerGroup = 'setting_up' | 'running' | 'outputs';
/** The three groups in the markers' order: 1–5, 6–13, 14–18. */
export const qualityMarkerGroups: readonly QualityMarkerGroup[] = ['setting_up', 'running', 'outputs'];
export const qualityMarkerGroupLabels: Record<QualityMarkerGroup, string> = {
  setting_up: 'Setting up the review',
  running: 'Running the review',
  outputs: 'Outputs and outcomes',
};

export interface QualityMarker {
  marker: number;
  group: QualityMarkerGroup;
  title: string;
  statement: string;
  rating: QualityRating | null;
  evidence: string;
  rated_by: number | null;
  rated_at: string | null;
}

export interface QualityMarkerList {
  items: QualityMarker[];
}

export function qualityMarkersPath(reviewId: number): string {
  return `/api/reviews/${reviewId}/quality-markers`;
}

export async function rateQualityMarker(
  reviewId: number,
  marker: number,
  rating: { rating: QualityRating; evidence: string },
): Promise<void> {
  await request('PUT', `${qualityMarkersPath(reviewId)}/${marker}`, { body: rating });
}
