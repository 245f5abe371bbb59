// The 18 quality markers of a review (SCIE/NSPCC "Learning into Practice"
// quality markers for case reviews, 2016; DOMAIN.md section 5) and their
// ratings (docs/api/openapi.yaml, tag Quality).
import { call } from './client';
import { readable, type Reply, type Schema } from './contract';

export type QualityRating = Schema<'QualityRating'>;
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

export type QualityMarker = Schema<'QualityMarkerRating'>;
export type QualityMarkerGroup = QualityMarker['group'];
/** The three groups in the markers' order: 1–5, 6–13, 14–18. */
export const qualityMarkerGroups: readonly QualityMarkerGroup[] = ['setting_up', 'running', 'outputs'];
export const qualityMarkerGroupLabels: Record<QualityMarkerGroup, string> = {
  setting_up: 'Setting up the review',
  running: 'Running the review',
  outputs: 'Outputs and outcomes',
};

export type QualityMarkerList = Reply<'/api/reviews/{id}/quality-markers', 'get'>;

export function qualityMarkersPath(reviewId: number) {
  return readable('/api/reviews/{id}/quality-markers', { path: { id: reviewId } });
}

export async function rateQualityMarker(
  reviewId: number,
  marker: number,
  rating: { rating: QualityRating; evidence: string },
): Promise<void> {
  await call('put', '/api/reviews/{id}/quality-markers/{number}', { path: { id: reviewId, number: marker }, body: rating });
}
