// axe-core (WCAG 2.0/2.1 A and AA, colour contrast included) on the page as it is, for the accessibility gate and
// the specs of single pages.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The violations, readable on failure: the rule, its help text, and each offending node with axe's explanation. */
export async function axeViolations(page: Page): Promise<string> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations
    .map((violation) =>
      [
        `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
        ...violation.nodes.map((node) => `  - ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`),
      ].join('\n'),
    )
    .join('\n\n')
}
