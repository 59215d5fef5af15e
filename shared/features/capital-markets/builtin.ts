import shipped from '../../../resources/analytics/capital-market-assumptions.json';
import { assumptionsFileSchema } from '../../analytics/assumptions';
import type { AssumptionsFile } from './schema';

/**
 * The assumptions the app ships with (resources/analytics/capital-market-assumptions.json), bundled
 * into the core and the worker like the built-in KYC questionnaire; the CLI's `analytics` commands
 * read the same file. A test checks it passes the engine's validation.
 */
export const BUILT_IN_ASSUMPTIONS: AssumptionsFile = assumptionsFileSchema.parse(shipped);
