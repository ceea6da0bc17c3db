// /questionnaire.json: the readiness questionnaire on its own, as JSON.
import type { APIRoute } from 'astro';
import { openDataResponse } from '../data/open-data.ts';

export const GET: APIRoute = () => openDataResponse('questionnaire');
