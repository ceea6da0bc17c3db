// /playbook.json: the whole playbook as one versioned JSON document (src/lib/open-data/document.ts).
import type { APIRoute } from 'astro';
import { openDataResponse } from '../data/open-data.ts';

export const GET: APIRoute = () => openDataResponse('playbook');
