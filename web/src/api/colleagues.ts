// The partnership's users by id and name (`GET /api/colleagues`), to say who did what.
import { readable, type Reply } from './contract';

export type Colleague = Reply<'/api/colleagues', 'get'>['items'][number];

export const colleaguesPath = readable('/api/colleagues');
