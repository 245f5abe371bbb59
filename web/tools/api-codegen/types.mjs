// The API's types, as openapi-typescript writes them from the document.
import openapiTS, { astToString } from 'openapi-typescript';

const header = `// Generated from docs/api/openapi.yaml by openapi-typescript (npm run api:generate); do not edit.
// src/api/contract.ts names what the app uses of it.

`;

/** The TypeScript declarations of `document` (the parsed OpenAPI document). */
export async function typesSource(document) {
  // A field with a default may be left out of a request: it stays optional.
  return header + astToString(await openapiTS(document, { defaultNonNullable: false }));
}
