// The server's limits on what each operation takes, from the document's
// minLength, maxLength and maxItems: of each field of its JSON body, and of
// each query parameter. Forms set their inputs' maxLength from these.

const ownLimits = ['minLength', 'maxLength', 'maxItems'];

/** Follows a local "$ref" ("#/components/schemas/NewPerson") to what it names. */
function resolved(document, node) {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((found, part) => found?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  }
  return current;
}

/** The limits one schema sets: its own, and its items' text lengths as itemMinLength and itemMaxLength. */
function limitsOf(document, node) {
  const schema = resolved(document, node);
  if (!schema || typeof schema !== 'object') return null;
  const found = {};
  for (const name of ownLimits) if (typeof schema[name] === 'number') found[name] = schema[name];
  const items = resolved(document, schema.items);
  if (items) {
    if (typeof items.minLength === 'number') found.itemMinLength = items.minLength;
    if (typeof items.maxLength === 'number') found.itemMaxLength = items.maxLength;
  }
  return Object.keys(found).length > 0 ? found : null;
}

function bodyFields(document, operation) {
  const body = resolved(document, operation.requestBody);
  const schema = resolved(document, body?.content?.['application/json']?.schema);
  return Object.entries(schema?.properties ?? {});
}

function queryParameters(document, pathItem, operation) {
  return [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
    .map((parameter) => resolved(document, parameter))
    .filter((parameter) => parameter?.in === 'query')
    .map((parameter) => [parameter.name, parameter.schema]);
}

/** { operationId: { field: { maxLength, ... } } } for every operation that limits a field. */
export function operationLimits(document) {
  const byOperation = {};
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(pathItem)) {
      if (method === 'parameters' || !operation?.operationId) continue;
      const fields = {};
      for (const [name, schema] of [...bodyFields(document, operation), ...queryParameters(document, pathItem, operation)]) {
        const limits = limitsOf(document, schema);
        if (limits) fields[name] = limits;
      }
      if (Object.keys(fields).length > 0) byOperation[operation.operationId] = fields;
    }
  }
  return byOperation;
}

function printed(value, indent) {
  if (typeof value !== 'object') return String(value);
  if (Object.values(value).every((item) => typeof item !== 'object')) {
    return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${item}`).join(', ')} }`;
  }
  const inner = ' '.repeat(indent + 2);
  const lines = Object.entries(value).map(([key, item]) => `${inner}${key}: ${printed(item, indent + 2)},`);
  return `{\n${lines.join('\n')}\n${' '.repeat(indent)}}`;
}

/** src/api/limits.ts for `document`. */
export function limitsSource(document) {
  return `// Generated from docs/api/openapi.yaml (npm run api:generate); do not edit.
// The server's limits on what each operation takes, by operationId and field
// (its JSON body's fields and its query parameters): minLength and maxLength of
// text, maxItems of lists, and itemMinLength and itemMaxLength of each entry's text.

export const limits = ${printed(operationLimits(document), 0)} as const;
`;
}
