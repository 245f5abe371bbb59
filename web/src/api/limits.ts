// Generated from docs/api/openapi.yaml (npm run api:generate); do not edit.
// The server's limits on what each operation takes, by operationId and field
// (its JSON body's fields and its query parameters): minLength and maxLength of
// text, maxItems of lists, and itemMinLength and itemMaxLength of each entry's text.

export const limits = {
  changePassword: {
    new_password: { minLength: 12, maxLength: 256 },
  },
  createUser: {
    email: { maxLength: 254 },
    display_name: { minLength: 1, maxLength: 200 },
  },
  createAgency: {
    name: { minLength: 1, maxLength: 200 },
  },
  createReferral: {
    pseudonym: { minLength: 1, maxLength: 100 },
    referrer_name: { minLength: 1, maxLength: 200 },
    summary: { minLength: 1, maxLength: 20000 },
  },
  listReviews: {
    q: { maxLength: 100 },
  },
  editReview: {
    pseudonym: { minLength: 1, maxLength: 100 },
  },
  changeReviewStage: {
    reason: { maxLength: 2000 },
  },
  recordDecision: {
    rationale: { minLength: 1, maxLength: 20000 },
    decided_by: { minLength: 1, maxLength: 200 },
  },
  signOffReview: {
    note: { maxLength: 2000 },
  },
  setTermsOfReference: {
    lines_of_enquiry: { maxItems: 30, itemMaxLength: 1000 },
    methodology: { maxLength: 200 },
    parallel_proceedings: { maxLength: 2000 },
  },
  setReviewAgencies: {
    agency_ids: { maxItems: 50 },
  },
  assignReviewMember: {
    independence_override: { minLength: 1, maxLength: 2000 },
  },
  addFamilyInvolvement: {
    family_member: { minLength: 1, maxLength: 100 },
    note: { maxLength: 5000 },
  },
  addPractitionerEvent: {
    note: { maxLength: 5000 },
  },
  addPersonInCase: {
    real_name: { minLength: 1, maxLength: 200 },
    aliases: { maxItems: 20, itemMaxLength: 200 },
    relationship: { minLength: 1, maxLength: 100 },
    published_label: { minLength: 1, maxLength: 100 },
    addresses: { maxItems: 20, itemMaxLength: 500 },
    settings: { maxItems: 20, itemMaxLength: 200 },
  },
  rateQualityMarker: {
    evidence: { maxLength: 5000 },
  },
  addFinding: {
    text: { minLength: 1, maxLength: 20000 },
    themes: { maxItems: 20, itemMaxLength: 100 },
  },
  addRecommendation: {
    text: { minLength: 1, maxLength: 20000 },
    themes: { maxItems: 20, itemMaxLength: 100 },
  },
  addAction: {
    owner: { minLength: 1, maxLength: 200 },
    description: { minLength: 1, maxLength: 5000 },
    success_measure: { minLength: 1, maxLength: 5000 },
  },
  editAction: {
    owner: { minLength: 1, maxLength: 200 },
    description: { minLength: 1, maxLength: 5000 },
    success_measure: { minLength: 1, maxLength: 5000 },
  },
  addActionProgress: {
    note: { maxLength: 5000 },
  },
  createDocument: {
    title: { minLength: 1, maxLength: 200 },
    language: { minLength: 2, maxLength: 35 },
  },
} as const;
