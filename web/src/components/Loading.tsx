/** What a part of a page says while what it shows is on its way. */
export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}
