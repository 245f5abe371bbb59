import { describe, expect, it } from 'vitest';
import { operationLimits } from './limits.mjs';

const document = {
  paths: {
    '/api/people': {
      parameters: [{ name: 'X-Trace', in: 'header', schema: { type: 'string', maxLength: 9 } }],
      get: { operationId: 'listPeople', parameters: [{ name: 'q', in: 'query', schema: { type: 'string', maxLength: 100 } }] },
      post: {
        operationId: 'addPerson',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPerson' } } } },
      },
    },
    '/api/notes': {
      post: {
        operationId: 'addNote',
        requestBody: {
          content: {
            'application/json': { schema: { type: 'object', properties: { note: { type: 'string' }, tags: { $ref: '#/components/schemas/Tags' } } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      NewPerson: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          aliases: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 50 } },
          born: { type: 'string', format: 'date' },
        },
      },
      Tags: { type: 'array', maxItems: 5, items: { type: 'string', minLength: 1, maxLength: 30 } },
    },
  },
};

describe('the limits read from the API document', () => {
  it('give each operation its query’s and its body fields’ limits, through references, with those of each list entry, and no header’s', () => {
    expect(operationLimits(document)).toEqual({
      listPeople: { q: { maxLength: 100 } },
      addPerson: { name: { minLength: 1, maxLength: 200 }, aliases: { maxItems: 20, itemMaxLength: 50 } },
      addNote: { tags: { maxItems: 5, itemMinLength: 1, itemMaxLength: 30 } },
    });
  });
});
