// /raci.csv: the RACI matrix for spreadsheets, one row per process step and one column per role.
import type { APIRoute } from 'astro';
import { openDataResponse } from '../data/open-data.ts';

export const GET: APIRoute = () => openDataResponse('raci');
