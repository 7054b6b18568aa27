// A small SVG line chart of per-stage cost (microseconds per word) against article length (log scale).

const COLORS: Record<string, string> = {
  dom: '#8e44ad',
  readability: '#c0392b',
  extract: '#d35400',
  split: '#16a085',
  facts: '#2980b9',
  sources: '#27ae60',
  digest: '#7f8c8d',
  summarizer: '#2c3e50',
};

export function scalingChart(rows: Array<Record<string, number | string>>): string {
  const width = 640;
  const height = 360;
  const pad = { left: 60, right: 130, top: 20, bottom: 40 };
  const points = rows.filter((r) => typeof r.split === 'number');
  const stages = Object.keys(COLORS).filter((k) => points.every((p) => typeof p[k] === 'number'));
  const xs = points.map((p) => Math.log10(p.words as number));
  const ys = points.flatMap((p) => stages.map((s) => p[s] as number)).filter((y) => y > 0);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const [yMin, yMax] = [Math.log10(Math.min(...ys)) - 0.2, Math.log10(Math.max(...ys)) + 0.2];
  const x = (v: number) => pad.left + ((v - xMin) / (xMax - xMin || 1)) * (width - pad.left - pad.right);
  const y = (v: number) =>
    height -
    pad.bottom -
    ((Math.log10(Math.max(v, 1e-6)) - yMin) / (yMax - yMin || 1)) * (height - pad.top - pad.bottom);
  const lines = stages.map((stage, i) => {
    const d = points
      .map((p, j) => `${j ? 'L' : 'M'}${x(xs[j]!).toFixed(1)},${y(p[stage] as number).toFixed(1)}`)
      .join(' ');
    const legendY = pad.top + 16 * i;
    return (
      `<path d="${d}" fill="none" stroke="${COLORS[stage]}" stroke-width="2"/>` +
      `<text x="${width - pad.right + 10}" y="${legendY + 4}" font-size="12" fill="${COLORS[stage]}">${stage}</text>`
    );
  });
  const xTicks = points.map(
    (p, j) =>
      `<text x="${x(xs[j]!).toFixed(1)}" y="${height - pad.bottom + 18}" font-size="11" text-anchor="middle">${(p.words as number).toLocaleString('en')}</text>`,
  );
  const yTicks: string[] = [];
  for (let e = Math.ceil(yMin); e <= Math.floor(yMax); e++) {
    yTicks.push(
      `<text x="${pad.left - 8}" y="${y(10 ** e) + 4}" font-size="11" text-anchor="end">${10 ** e}</text><line x1="${pad.left}" x2="${width - pad.right}" y1="${y(10 ** e)}" y2="${y(10 ** e)}" stroke="#eee"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
${yTicks.join('\n')}
${lines.join('\n')}
${xTicks.join('\n')}
<text x="${(pad.left + width - pad.right) / 2}" y="${height - 6}" font-size="12" text-anchor="middle">article length (words)</text>
<text x="14" y="${height / 2}" font-size="12" transform="rotate(-90 14 ${height / 2})" text-anchor="middle">µs per word (log)</text>
</svg>
`;
}
