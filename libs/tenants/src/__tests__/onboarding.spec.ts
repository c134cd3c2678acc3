import type { EntityManager } from '@mikro-orm/postgresql';
import { OnboardingChecks } from '../onboarding';

describe('OnboardingChecks', () => {
  const em = {} as EntityManager;

  it('counts an item as done only when the domain that owns it says so', async () => {
    const checks = new OnboardingChecks();
    checks.register({ item: 'channels', isComplete: async (_em, tenantId) => tenantId === 'configured' });
    expect(await checks.evaluate(em, 'configured')).toEqual({
      channels: true,
      partners: false,
      roster: false,
      reporting: false,
    });
    expect(await checks.evaluate(em, 'other')).toEqual({
      channels: false,
      partners: false,
      roster: false,
      reporting: false,
    });
  });

  it('refuses two checks for one item', () => {
    const checks = new OnboardingChecks();
    checks.register({ item: 'roster', isComplete: async () => true });
    expect(() => checks.register({ item: 'roster', isComplete: async () => false })).toThrow(/two checks/);
  });
});
