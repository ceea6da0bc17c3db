// /llms-full.txt: every entry's text in one Markdown file, for AI assistants.
import type { APIRoute } from 'astro';
import { openDataResponse } from '../data/open-data.ts';

export const GET: APIRoute = () => openDataResponse('llmsFull');
