import { checkDefinition, FieldKind, fieldsOf } from '@tsunagu/case-records';
import { DEMO_TEMPLATE } from '../demo-case-records';

describe("Kobe's demo assessment template", () => {
  it('is a valid template with the sections counsellors keep', () => {
    expect(checkDefinition(DEMO_TEMPLATE)).toEqual([]);
    expect(DEMO_TEMPLATE.sections.map((s) => s.title)).toEqual([
      '家族構成',
      '主訴',
      '経済状況',
      '養育状況',
      '健康・発達',
      'リスク評価',
      '支援方針',
    ]);
  });

  it("has no review date of its own: the case's 次回確認日 is the one that reminds the counsellor", () => {
    const fields = fieldsOf(DEMO_TEMPLATE);
    expect(fields.map((f) => f.label)).not.toContain('次回確認日');
    expect(fields.filter((f) => f.kind === FieldKind.DATE).map((f) => f.label)).toEqual(['最終健診日']);
  });

  it('keeps the family as a table and the risks on the 0–3 scale, counted in reports', () => {
    const fields = fieldsOf(DEMO_TEMPLATE);
    expect(fields.find((f) => f.key === 'familyMembers')?.kind).toBe(FieldKind.TABLE);
    const risks = fields.filter((f) => f.kind === FieldKind.RISK_SCALE);
    expect(risks.map((f) => f.label)).toEqual(['虐待', '生活困窮', '孤立']);
    expect(risks.every((f) => f.reportable)).toBe(true);
  });
});
