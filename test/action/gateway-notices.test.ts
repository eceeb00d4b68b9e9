import { describe, expect, it, vi } from 'vitest';
import { infoWithNotices, noticeSummary, resetNotices } from '#src/action/gateway-notices.ts';

describe('gateway notices in the Action', () => {
  it('show once as an annotation and once in the job summary; other lines are plain log', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      resetNotices();
      infoWithNotices('Notice: issue fields are not readable here. A GitHub App can read them.');
      infoWithNotices('Notice: issue fields are not readable here. A GitHub App can read them.');
      infoWithNotices('Read page 2.');
      const printed = out.mock.calls.map(([text]) => String(text));
      expect(printed.filter((line) => line.startsWith('::notice::'))).toHaveLength(1);
      expect(printed).toContain('Read page 2.\n');
      expect(noticeSummary()).toBe(
        '\n### Not readable in this run\n\n- issue fields are not readable here. A GitHub App can read them.\n',
      );
      resetNotices();
      expect(noticeSummary()).toBe('');
    } finally {
      out.mockRestore();
    }
  });
});
