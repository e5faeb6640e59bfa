/**
 * A grouped horizontal bar chart as SVG text: one group per query, one bar per server, requests/s on a
 * log scale (the servers differ by orders of magnitude), the value printed at the end of each bar.
 */
export function barChartSvg(
  title: string,
  groups: Array<{ label: string; values: Array<{ series: string; value: number | null }> }>,
  series: string[],
): string {
  const colours = ['#1f6feb', '#8957e5', '#d29922', '#2da44e', '#cf222e'];
  const barH = 12;
  const gap = 10;
  const labelW = 300;
  const plotW = 420;
  const top = 50;
  const all = groups.flatMap((g) => g.values.map((v) => v.value ?? 0)).filter((v) => v > 0);
  const max = Math.max(10, ...all);
  const min = 0.1;
  const logMax = Math.log10(max * 1.5);
  const logMin = Math.log10(min);
  const x = (v: number) => labelW + (Math.max(0, Math.log10(Math.max(v, min)) - logMin) / (logMax - logMin)) * plotW;
  const groupH = series.length * barH + gap;
  const height = top + groups.length * groupH + 30;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + plotW + 80}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="18" font-size="14" font-weight="bold">${esc(title)}</text>`,
  ];
  series.forEach((s, i) => {
    parts.push(
      `<rect x="${10 + i * 150}" y="28" width="10" height="10" fill="${colours[i % colours.length]}"/>`,
      `<text x="${24 + i * 150}" y="37">${esc(s)}</text>`,
    );
  });
  for (let p = Math.ceil(logMin); p <= Math.floor(logMax); p++) {
    const px = x(10 ** p);
    parts.push(
      `<line x1="${px}" y1="${top - 4}" x2="${px}" y2="${height - 24}" stroke="#ddd"/>`,
      `<text x="${px}" y="${height - 10}" text-anchor="middle" fill="#555">${10 ** p >= 1 ? 10 ** p : (10 ** p).toFixed(1)}</text>`,
    );
  }
  parts.push(`<text x="${labelW + plotW / 2}" y="${height - 0.5}" text-anchor="middle" fill="#555">requests/s (log scale)</text>`);
  groups.forEach((g, gi) => {
    const y0 = top + gi * groupH;
    parts.push(`<text x="${labelW - 8}" y="${y0 + (series.length * barH) / 2 + 4}" text-anchor="end">${esc(g.label)}</text>`);
    series.forEach((s, si) => {
      const v = g.values.find((e) => e.series === s)?.value ?? null;
      const y = y0 + si * barH;
      if (v === null) {
        parts.push(`<text x="${labelW + 4}" y="${y + barH - 2}" fill="#999">n/a</text>`);
        return;
      }
      parts.push(
        `<rect x="${labelW}" y="${y + 1}" width="${Math.max(1, x(v) - labelW)}" height="${barH - 2}" fill="${colours[si % colours.length]}"/>`,
        `<text x="${x(v) + 4}" y="${y + barH - 2}">${v >= 100 ? v.toFixed(0) : v.toFixed(1)}</text>`,
      );
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
