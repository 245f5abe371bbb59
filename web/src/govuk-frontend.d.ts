// govuk-frontend ships JavaScript without type declarations: these cover the
// parts the app uses.
declare module 'govuk-frontend' {
  /** Moves focus to the skip link's target; see the GOV.UK skip link component. */
  export class SkipLink {
    constructor($root: Element | null);
  }
}
