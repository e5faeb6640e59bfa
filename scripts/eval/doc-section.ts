export const BEGIN = '<!-- eval:begin -->';
export const END = '<!-- eval:end -->';

/**
 * The document with the part between the markers replaced by `generated`; everything outside them is
 * kept as written by hand. A document without the markers gets them, with the generated part, at its end.
 */
export function replaceGenerated(document: string, generated: string): string {
  const start = document.indexOf(BEGIN);
  const end = document.indexOf(END, start);
  const block = `${BEGIN}\n${generated.trim()}\n${END}`;
  if (start < 0 || end < 0) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, start) + block + document.slice(end + END.length);
}
