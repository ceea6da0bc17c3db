// The readiness check's data, as a file beside its page (see src/data/assessment-tool.ts).
import type { APIRoute } from 'astro';
import { loadPlaybook } from '../../../data/playbook.ts';
import { assessmentToolData } from '../../../data/assessment-tool.ts';
import { localeParams, uiFor } from '../../../data/i18n.ts';

/** One file per published language: the questions and messages in that language. */
export const getStaticPaths = () => localeParams().map((params) => ({ params }));

export const GET: APIRoute = async ({ currentLocale }) => {
  const questionnaire = (await loadPlaybook(currentLocale)).assessment[0];
  const body = questionnaire ? await assessmentToolData(questionnaire.data, uiFor(currentLocale)) : {};
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
