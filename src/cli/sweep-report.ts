import type { SweepInstallationsResult } from '#src/use-cases/sweep-installations.ts';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The sweep's summary as plain text: one line per repository (ok / skipped / failed with the
 * reason), then one line per installation with its request count, then the totals.
 */
export const renderSweepReport = (result: SweepInstallationsResult, dryRun: boolean): string => {
  const width = Math.max(10, ...result.repositories.map((outcome) => outcome.repository.length));
  const lines = result.repositories.map((outcome) => {
    const head = `${outcome.repository.padEnd(width)}  ${outcome.status.padEnd(7)}`;
    if (outcome.status === 'skipped') return `${head} ${outcome.reason ?? ''}`;
    const work = `${dryRun ? 'would make' : 'made'} ${plural(outcome.changes, 'change')}${outcome.deferred > 0 ? `, ${outcome.deferred} deferred by --max-writes` : ''}; ${outcome.stats.reads} read(s), ${outcome.stats.writes} write(s)${outcome.points !== undefined ? `, ${plural(outcome.points, 'GraphQL point')}` : ''}${outcome.unread ? `; ${outcome.unread} issue(s) left unread for the next run` : ''}`;
    return outcome.status === 'ok' ? `${head} ${work}` : `${head} ${outcome.reason ?? 'failed'}`;
  });
  lines.push('');
  for (const installation of result.installations) {
    if (installation.error) {
      lines.push(`installation ${installation.id} (${installation.account}): failed: ${installation.error}`);
      continue;
    }
    lines.push(
      `installation ${installation.id} (${installation.account}): ${plural(installation.repositories, 'repository').replace('repositorys', 'repositories')}, ${installation.ok} ok, ${installation.failed} failed, ${installation.skipped} skipped; ${plural(installation.requests, 'request')}`,
    );
  }
  const failed =
    result.repositories.filter((outcome) => outcome.status === 'failed').length +
    result.installations.filter((one) => one.error).length;
  lines.push(
    failed === 0
      ? `Done${dryRun ? ' (dry run: nothing written)' : ''}.`
      : `${plural(failed, 'failure')}; the other repositories were swept.`,
  );
  return `${lines.join('\n')}\n`;
};
