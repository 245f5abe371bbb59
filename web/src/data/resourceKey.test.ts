import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { pathKey, resourceKey } from './resourceKey';

describe('the cache key of an address', () => {
  it('is the same whatever order the query names its values in, so both parts share one read', () => {
    expect(resourceKey('/api/actions?review_id=7&limit=200')).toEqual(resourceKey('/api/actions?limit=200&review_id=7'));
  });

  it('differs for a different page or filter of a list', () => {
    expect(resourceKey('/api/reviews?stage=drafting')).not.toEqual(resourceKey('/api/reviews?stage=analysis'));
    expect(resourceKey('/api/reviews')).toEqual(['/api/reviews', {}]);
  });

  it('is marked stale, through its path alone, with every query of the path and nothing else', () => {
    const stale = pathKey('/api/reviews');
    expect(partialMatchKey(resourceKey('/api/reviews?stage=drafting&cursor=abc'), stale)).toBe(true);
    expect(partialMatchKey(resourceKey('/api/reviews'), stale)).toBe(true);
    expect(partialMatchKey(resourceKey('/api/reviews/7'), stale)).toBe(false);
  });
});
