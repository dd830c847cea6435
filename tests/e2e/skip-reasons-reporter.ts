/** Prints why each skipped end-to-end test was skipped, so a skip never passes silently. */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasonsReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
    this.skipped.push(`  skipped: ${test.titlePath().slice(1).join(' › ')}\n    because: ${reason}`);
  }

  onEnd(): void {
    if (this.skipped.length) console.log(`\n${this.skipped.join('\n')}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
