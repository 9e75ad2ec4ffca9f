import { describe, expect, it } from 'vitest';
import { critiquePage, FINDINGS_PER_RULE } from './index';
import { testPage } from './test-page';

describe('critique findings cap', () => {
  it('lists the first findings of a rule and says how many more there are', () => {
    const page = testPage({ description: [{ kind: 'text', text: '全网最好'.repeat(FINDINGS_PER_RULE + 7) }] });
    const banned = critiquePage(page)!.findings.filter((f) => f.ruleId === 'page-banned-word');
    expect(banned).toHaveLength(FINDINGS_PER_RULE + 1);
    const more = banned.at(-1)!;
    expect(more).toMatchObject({ messageId: 'more', severity: 'error', messageEn: '… and 7 more' });
    expect(more.message).toContain('另有 7 处');
  });

  it('leaves a rule under the cap alone, and scores every finding', () => {
    const few = critiquePage(testPage({ description: [{ kind: 'text', text: '全网最好'.repeat(3) }] }))!;
    const many = critiquePage(testPage({ description: [{ kind: 'text', text: '全网最好'.repeat(FINDINGS_PER_RULE * 3) }] }))!;
    expect(few.findings.filter((f) => f.ruleId === 'page-banned-word').map((f) => f.messageId)).not.toContain('more');
    expect(many.breakdown.score).toBeLessThanOrEqual(few.breakdown.score);
  });
});
