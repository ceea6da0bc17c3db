// /llms.txt: the playbook's index for AI assistants (the llms.txt convention).
import type { APIRoute } from 'astro';
import { openDataResponse } from '../data/open-data.ts';

export const GET: APIRoute = () => openDataResponse('llms');
