import { Link } from '../../router';

/**
 * The end of a confirmation page about a user: the warning button that does
 * it (left out when `action` is null, as when it cannot be done) and the way
 * back to the users without doing anything.
 */
export function ConfirmButtons({ action, busy, onConfirm }: { action: string | null; busy: boolean; onConfirm: () => void }) {
  return (
    <div className="govuk-button-group">
      {action === null ? null : (
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          data-module="govuk-button"
          onClick={onConfirm}
          disabled={busy}
          aria-disabled={busy}
        >
          {action}
        </button>
      )}
      <Link className="govuk-link" href="/admin/users">
        {action === null ? 'Back to users' : 'Cancel'}
      </Link>
    </div>
  );
}
