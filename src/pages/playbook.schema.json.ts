// /playbook.schema.json: the JSON Schema of playbook.json, generated from the zod schemas (src/node/open-data-schema.ts).
import type { APIRoute } from 'astro';
import { openDataResponse } from '../data/open-data.ts';

export const GET: APIRoute = () => openDataResponse('playbookSchema');
