import { limits } from '../../../api/limits';
import { useState, type FormEvent } from 'react';
import type { FieldError } from '../../../api/client';
import {
  qualityMarkerGroupLabels,
  qualityMarkerGroups,
  qualityMarkersPath,
  qualityRatingColours,
  qualityRatingLabels,
  qualityRatings,
  rateQualityMarker,
  type QualityMarker,
  type QualityRating,
} from '../../../api/quality';
import { can } from '../../../api/session';
import { Radios, Select, Textarea } from '../../../components/fields';
import { ResourceView } from '../../../components/ResourceView';
import { Table } from '../../../components/Table';
import { NotificationBanner } from '../../../components/NotificationBanner';
import { Tag } from '../../../components/Tag';
import { formatInstant } from '../../../dates';
import { useUser } from '../../../session';
import { staleAfter } from '../../../data/staleAfter';
import { useConfirm } from '../../../data/useRefresh';
import { useResource } from '../../../data/useResource';
import { ChangeProblems, useChange } from '../../../useChange';
import type { SectionProps } from './sectionProps';
import { useColleagueNames } from '../../../useColleagueNames';

/**
 * The review's 18 quality markers (SCIE/NSPCC, 2016), in their three
 * groups, each with its rating and evidence; quality assurers rate them.
 * Not shown to a user who sees the review as a summary.
 */
export function QualityMarkersSection({ reviewId, summaryOnly, closed }: SectionProps) {
  const user = useUser();
  const [markers] = useResource(summaryOnly ? null : qualityMarkersPath(reviewId));
  const nameOf = useColleagueNames();
  const [saved, setSaved] = useState<string | null>(null);
  const rated = useConfirm(setSaved)(staleAfter.qualityRated(reviewId));
  if (summaryOnly) return null;
  const mayRate = can(user, 'quality_assure') && !closed;

  return (
    <section className="app-review-section" aria-labelledby="quality-markers" data-testid="quality-markers-section">
      <h2 className="govuk-heading-l" id="quality-markers">
        Quality markers
      </h2>
      <p className="govuk-body">
        The 18 quality markers for case reviews (SCIE and NSPCC, 2016), in the three stages of a review.
      </p>
      {saved ? <NotificationBanner success heading={saved} /> : null}
      <ResourceView resource={markers} notFound={<p className="govuk-body">You cannot see this review’s quality markers.</p>}>
        {({ items }) => (
          <>
            {qualityMarkerGroups.map((group) => (
              <MarkerTable key={group} caption={qualityMarkerGroupLabels[group]} markers={items.filter((item) => item.group === group)} nameOf={nameOf} />
            ))}
            {mayRate ? (
              <RatingForm
                reviewId={reviewId}
                markers={items}
                onRated={rated}
              />
            ) : null}
          </>
        )}
      </ResourceView>
    </section>
  );
}

function MarkerTable({
  caption,
  markers,
  nameOf,
}: {
  caption: string;
  markers: readonly QualityMarker[];
  nameOf: (userId: number | null) => string;
}) {
  return (
    <Table<QualityMarker>
      caption={caption}
      captionShown
      stacked
      testId="quality-markers"
      rows={markers}
      rowKey={(marker) => marker.marker}
      rowAttributes={(marker) => ({ 'data-testid': `quality-marker-${marker.marker}` })}
      columns={[
        {
          header: 'Marker',
          rowHeader: true,
          headerClassName: 'app-quality-marker-column',
          cell: (marker) => (
            <>
              {marker.marker}. {marker.title}
              <span className="govuk-body-s app-block app-secondary-text govuk-!-font-weight-regular">{marker.statement}</span>
            </>
          ),
        },
        {
          header: 'Rating',
          cell: (marker) =>
            marker.rating ? (
              <Tag text={qualityRatingLabels[marker.rating]} colour={qualityRatingColours[marker.rating]} />
            ) : (
              <span className="app-secondary-text">Not rated</span>
            ),
        },
        {
          header: 'Evidence',
          cell: (marker) => (
            <>
              {marker.evidence ? <span className="app-preserve-lines">{marker.evidence}</span> : null}
              {marker.rated_at ? (
                <span className="govuk-body-s app-block app-secondary-text">
                  Rated {formatInstant(marker.rated_at)} by {nameOf(marker.rated_by)}
                </span>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

function RatingForm({
  reviewId,
  markers,
  onRated,
}: {
  reviewId: number;
  markers: readonly QualityMarker[];
  /** Told what to say. */
  onRated: (message: string) => void;
}) {
  const [number, setNumber] = useState('');
  const [rating, setRating] = useState<QualityRating | ''>('');
  const [evidence, setEvidence] = useState('');
  const change = useChange({ onChanged: onRated, reload: () => undefined }, { prefix: 'quality' });

  const choose = (value: string) => {
    setNumber(value);
    const current = markers.find((marker) => marker.marker === Number(value));
    setRating(current?.rating ?? '');
    setEvidence(current?.evidence ?? '');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!number) found.push({ field: 'quality.marker', message: 'Select the marker to rate' });
    if (!rating) found.push({ field: 'quality.rating', message: 'Select how well the review meets the marker' });
    const marker = markers.find((item) => item.marker === Number(number));
    if (number && !marker) found.push({ field: 'quality.marker', message: 'Select the marker to rate' });
    if (change.busy) return;
    // Sent only when nothing was found wrong, so a marker and a rating are chosen.
    const rate = () => rateQualityMarker(reviewId, Number(number), { rating: rating as QualityRating, evidence: evidence.trim() });
    const rated = marker ? `Marker ${marker.marker}, ${marker.title}, rated` : '';
    if (await change.run(found, rate, rated)) {
      setNumber('');
      setRating('');
      setEvidence('');
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="quality-rating-form">
      <h3 className="govuk-heading-m">Rate a quality marker</h3>
      <ChangeProblems change={change} />
      <Select
        name="quality.marker"
        label="Marker"
        value={number}
        onChange={choose}
        options={[
          { value: '', label: 'Select a marker' },
          ...markers.map((marker) => ({ value: String(marker.marker), label: `${marker.marker}. ${marker.title}` })),
        ]}
        error={change.errorFor('quality.marker')}
      />
      <Radios
        name="quality.rating"
        label="Rating"
        value={rating}
        onChange={(value) => setRating(value as QualityRating)}
        options={qualityRatings.map((value) => ({ value, label: qualityRatingLabels[value] }))}
        error={change.errorFor('quality.rating')}
      />
      <Textarea
        name="quality.evidence"
        maxLength={limits.rateQualityMarker.evidence.maxLength}
        label="Evidence (optional)"
        hint="What shows the review meets the marker, or what is missing"
        value={evidence}
        onChange={setEvidence}
        error={change.errorFor('quality.evidence')}
      />
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
        Save rating
      </button>
    </form>
  );
}
