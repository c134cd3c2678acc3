export * from './lifecycle';
export * from './referral.entities';
export * from './referrals.module';
export * from './referrals.service';
