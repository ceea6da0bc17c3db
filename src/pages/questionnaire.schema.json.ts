// /questionnaire.schema.json: the JSON Schema of questionnaire.json, generated from the zod schemas.
import type { APIRoute } from 'astro';
import { openDataResponse } from '../data/open-data.ts';

export const GET: APIRoute = () => openDataResponse('questionnaireSchema');
