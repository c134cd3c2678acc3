import { findLeaks, isDistinctive, readSent } from '../log-scan';

describe('the log scan', () => {
  const sent = [
    '子どもが夜泣きして眠れません',
    'family.member@example.test',
    "I can't sleep at night",
    'テスト 利用者',
  ];

  it('finds a sent string in the log however the log writes it', () => {
    const log = [
      '{"msg":"request completed","req":{"path":"/graphql"}}',
      // As a SQL literal inside JSON, an email normalised, a name stored as NFKC.
      `{"err":{"message":"insert into \\"x\\" values ('I can''t sleep at night')"}}`,
      '{"msg":"mail to FAMILY.MEMBER@example.test"}'.toLowerCase(),
      '{"msg":"子どもが夜泣きして眠れません、助けて"}',
    ].join('\n');
    expect(
      findLeaks(log, sent)
        .map((leak) => leak.value)
        .sort(),
    ).toEqual([sent[0], sent[1], sent[2]].sort());
  });

  it('names the log line of each hit, and finds nothing in a clean log', () => {
    const [leak] = findLeaks('one\n{"msg":"テスト 利用者 signed in"}\nthree', sent);
    expect(leak).toEqual({ value: 'テスト 利用者', line: '{"msg":"テスト 利用者 signed in"}' });
    expect(findLeaks('{"msg":"request completed"}\n', sent)).toEqual([]);
  });

  it('records what is distinctive, not ids, dates, enum values or short words', () => {
    expect(
      ['相談したい', 'a@example.test', 'a long passphrase', 'U4af4980629b1d6c5f2ac8a3e7e23d1a5'].every(isDistinctive),
    ).toBe(true);
    expect(
      ['4f9a2c1e-1111-4222-8333-444455556666', '2026-04-01', 'COUNSELOR', 'kobe', 'short', '12345678', 'DV'].some(
        isDistinctive,
      ),
    ).toBe(false);
  });

  it('reads the recorded strings back', () => {
    expect(readSent('"a\\nb"\n"c"\n')).toEqual(['a\nb', 'c']);
  });
});
