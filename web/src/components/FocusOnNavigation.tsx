import { useEffect, useRef } from 'react';
import { useLocation } from '../router';

/** Where a page focuses something itself (an error summary, a success banner); navigation leaves that be. */
const focusedByPage = '.govuk-error-summary, .govuk-notification-banner';

/**
 * Focuses `element` as GOV.UK Frontend's skip link focuses <main>: made
 * focusable for the moment, without a visible outline (nothing there can
 * be operated), and back as it was once focus moves on.
 */
function focusStartOfPage(element: HTMLElement): void {
  const wasFocusable = element.hasAttribute('tabindex');
  if (!wasFocusable) element.setAttribute('tabindex', '-1');
  element.classList.add('govuk-skip-link-focused-element');
  element.addEventListener(
    'blur',
    () => {
      element.classList.remove('govuk-skip-link-focused-element');
      if (!wasFocusable) element.removeAttribute('tabindex');
    },
    { once: true },
  );
  element.focus({ preventScroll: true });
}

/**
 * On every navigation after the first load, scrolls to the top and moves
 * focus to the new page's h1 (or to the main content while the page has
 * none), so keyboard and screen-reader users start at the new page, as a
 * full page load would. It is rendered before the page, so its effect runs
 * before the page's own: a page that focuses an error summary or success
 * banner as it appears still does.
 */
export function FocusOnNavigation({ mainId }: { mainId: string }) {
  const { href } = useLocation();
  const shown = useRef(href);
  useEffect(() => {
    if (shown.current === href) return;
    shown.current = href;
    window.scrollTo(0, 0);
    if (document.activeElement?.closest(focusedByPage)) return;
    const main = document.getElementById(mainId);
    const start = main?.querySelector<HTMLElement>('h1') ?? main;
    if (start) focusStartOfPage(start);
  }, [href, mainId]);
  return null;
}
