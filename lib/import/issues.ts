// Shared shape of importer problems: which feature or row, and why (Dutch).
export type ImportIssue = {
  /** 1-based feature number or data row number. */
  item: number;
  /** Line in the file, where known. */
  line?: number;
  /** The record's own key, e.g. the buurtcode. */
  key?: string;
  message: string;
};

export function formatIssue(issue: ImportIssue, noun: "feature" | "rij"): string {
  const where = [`${noun} ${issue.item}`, issue.line ? `regel ${issue.line}` : null, issue.key ? issue.key : null].filter(Boolean).join(", ");
  return `${where}: ${issue.message}`;
}
