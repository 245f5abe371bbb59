import { useEffect, useState } from 'react';

/** GOV.UK Frontend's "tablet" breakpoint (govuk-media-query($from: tablet)), as a media query. */
export const tabletQuery = '(min-width: 40.0625em)';

/** GOV.UK Frontend's "desktop" breakpoint (govuk-media-query($from: desktop)), as a media query. */
export const desktopQuery = '(min-width: 48.0625em)';

/** Whether the media query `query` matches now; follows changes (resizing, zooming). */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => {
      setMatches(list.matches);
    };
    update();
    list.addEventListener('change', update);
    return () => {
      list.removeEventListener('change', update);
    };
  }, [query]);
  return matches;
}
