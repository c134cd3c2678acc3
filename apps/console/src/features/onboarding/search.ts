import { z } from 'zod';

/** The wizard's steps, in order; each but the settings completes one item of `onboardingChecklist`. */
export const ONBOARDING_STEPS = ['settings', 'channel', 'partners', 'roster', 'reporting'] as const;

/** The wizard's address: the step shown (kept apart from the page, which loads only when opened). */
export const onboardingSearch = z.object({ step: z.enum(ONBOARDING_STEPS).optional() });
