/** Tailwind's reset removes list and link styles: put them back inside rendered Markdown. */
export const MARKDOWN =
  "[&_a]:font-semibold [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_h2]:font-bold [&_h3]:font-bold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6";
