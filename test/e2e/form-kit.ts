// What the clerk's walks do with the workbench's forms, as a person would: type into a labelled
// field, pick an option of a select or a date, open a workflow step from a record page and submit
// its dialog. Every wait is on an element (generous for a loaded machine), never a fixed sleep.
import type { Locator, Page } from 'playwright-core';

export const LONG = { timeout: 60_000 };

/** Types into the input labelled `label` (exact) inside `scope`. */
export async function fill(scope: Page | Locator, label: string, value: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
}

/** Sets the date picker labelled `label` to an ISO day. */
export async function date(scope: Page | Locator, label: string, day: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/** Opens the select labelled `label` and clicks the option whose text starts with `option`. */
export async function pick(page: Page, scope: Page | Locator, label: string, option: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  const select = input.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  // On a loaded machine a click can land while the dropdown is still moving in, and the choice is
  // not made: the select is checked and the choice made again (twice at most; a select that shows
  // another text than its option is left to the form's own check).
  for (let attempt = 0; attempt < 3; attempt++) {
    // a dropdown left open by a click that did not take would close on another click
    if (attempt === 0 || (await page.locator('.ant-select-dropdown:visible').count()) === 0)
      await input.click();
    await clickOption(page, option);
    const chosen = select.locator('.ant-select-selection-item').filter({ hasText: option });
    if (
      await chosen.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
}

/** Searches a link or user picker by `query` and picks the first option containing `option`. */
export async function search(
  page: Page,
  scope: Page | Locator,
  label: string,
  query: string,
  option = query,
): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(query);
  await clickOption(page, option);
}

/** Clicks the first option containing `option` in the open select dropdown. */
async function clickOption(page: Page, option: string): Promise<void> {
  const item = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first();
  await item.waitFor(LONG);
  await item.click();
}

/** A button's name: antd puts a space between the two characters of a two-character label. */
export const spaced = (label: string) =>
  new RegExp(`^${[...label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}$`);

/** The open workflow-step dialog. */
export const dialogOf = (page: Page) => page.locator('.ant-modal-content').last();

/** Clicks a workflow step's button on the record page and waits for its dialog. */
export async function openStep(page: Page, id: string): Promise<Locator> {
  const button = page.getByTestId(`transition-${id}`);
  await button.waitFor(LONG);
  await button.click();
  const dialog = dialogOf(page);
  await dialog.waitFor(LONG);
  return dialog;
}

/**
 * Submits the open step dialog (its button bears the step's label) and waits until it has closed
 * and the record page shows `state` (the new state's label) when given.
 */
export async function submitStep(page: Page, label: string, state?: string): Promise<void> {
  const dialog = dialogOf(page);
  // the name is matched at its end: a button still busy from a refused try reads "loading …" first
  const name = new RegExp(spaced(label).source.slice(1));
  await dialog.getByRole('button', { name }).click(LONG);
  try {
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
  } catch (error) {
    // say what kept the dialog open: a refusal, a field's message, or nothing (still saving)
    const shown = await dialog.innerText().catch(() => '');
    throw new Error(`${label}：对话框未关闭\n${shown}`, { cause: error });
  }
  if (state) await page.locator('.ant-page-header .ant-tag', { hasText: state }).first().waitFor(LONG);
}

/** Saves a ledger's create form and returns the new record's id from the record page's address. */
export async function saveNew(page: Page): Promise<number> {
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await page.waitForURL(/\/\d+(\?.*)?$/, LONG);
  await page.getByText('记录信息').first().waitFor(LONG);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** Clicks through the side menu: the ledger group, then the page. */
export async function menu(page: Page, group: string, item: string): Promise<void> {
  const side = page.locator('.ant-pro-sider, .ant-layout-sider').first();
  const entry = side.getByText(item, { exact: true }).first();
  if (!(await entry.isVisible())) await side.getByText(group, { exact: true }).first().click();
  await entry.waitFor(LONG);
  await entry.click();
}
