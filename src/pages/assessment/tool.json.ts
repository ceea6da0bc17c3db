// The readiness check's data, as a file beside its page (see src/data/assessment-tool.ts).
import type { APIRoute } from 'astro';
import { loadPlaybook } from '../../data/playbook.ts';
import { assessmentToolData } from '../../data/assessment-tool.ts';

export const GET: APIRoute = async () => {
  const questionnaire = (await loadPlaybook()).assessment[0];
  const body = questionnaire ? await assessmentToolData(questionnaire.data) : {};
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
