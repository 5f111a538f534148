// Per-year bar chart in SVG. Every bar carries its count; the years form a
// tab list (arrow keys move, one tab stop) whose selection the caller shows
// next to the chart. Screen readers also get the same numbers as a table.
import { useRef } from 'preact/hooks';

export interface BarDatum {
  year: number;
  count: number;
}

interface BarChartProps {
  data: BarDatum[];
  selected: number | null;
  onSelect(year: number): void;
  /** Accessible name of the chart ("Declared dead, per year"). */
  label: string;
  /** Accessible name of one bar ("2016: 2"). */
  barLabel(datum: BarDatum): string;
  /** Id of the element that shows the selected year's details. */
  panelId: string;
  yearHeader: string;
  countHeader: string;
}

const WIDTH = 336;
const HEIGHT = 128;
const TOP = 16;
const BOTTOM = 18;

export function BarChart(props: BarChartProps) {
  const { data, selected } = props;
  const groups = useRef<(SVGGElement | null)[]>([]);
  const max = Math.max(1, ...data.map((d) => d.count));
  const slot = WIDTH / Math.max(1, data.length);
  const barWidth = Math.min(28, slot * 0.7);
  const plot = HEIGHT - TOP - BOTTOM;
  const focusIndex = Math.max(
    0,
    data.findIndex((d) => d.year === selected),
  );

  function geometry(index: number, count: number) {
    const h = count ? Math.max(2, (count / max) * plot) : 0;
    return { x: index * slot + (slot - barWidth) / 2, y: HEIGHT - BOTTOM - h, h };
  }

  function move(from: number, to: number) {
    const index = Math.max(0, Math.min(data.length - 1, to));
    if (index === from) return;
    const datum = data[index];
    if (!datum) return;
    props.onSelect(datum.year);
    groups.current[index]?.focus();
  }

  function onKeyDown(e: KeyboardEvent, index: number) {
    const keys: Record<string, number> = {
      ArrowLeft: index - 1,
      ArrowRight: index + 1,
      ArrowUp: index + 1,
      ArrowDown: index - 1,
      Home: 0,
      End: data.length - 1,
    };
    const to = keys[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(index, to);
  }

  return (
    <div class="bar-chart">
      {/* The tab list is the wrapper: the svg itself is only a drawing surface (role none). */}
      <div role="tablist" aria-label={props.label}>
        <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="none">
          <line class="axis" x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM + 0.5} y2={HEIGHT - BOTTOM + 0.5} />
          {data.map((d, i) => {
            const { x, y, h } = geometry(i, d.count);
            return (
              <g
                key={d.year}
                ref={(el) => {
                  groups.current[i] = el;
                }}
                class="bar-group"
                role="tab"
                tabindex={i === focusIndex ? 0 : -1}
                aria-selected={d.year === selected ? 'true' : 'false'}
                aria-controls={props.panelId}
                aria-label={props.barLabel(d)}
                data-year={d.year}
                onMouseEnter={() => props.onSelect(d.year)}
                onFocus={() => props.onSelect(d.year)}
                onClick={() => props.onSelect(d.year)}
                onKeyDown={(e) => onKeyDown(e, i)}
              >
                <rect class="hit" x={i * slot + 1} y={0} width={slot - 2} height={HEIGHT} rx="3" />
                {h > 0 && <rect class="bar" x={x} y={y} width={barWidth} height={h} rx="2" />}
              </g>
            );
          })}
          {/* Labels drawn apart from the tabs, whose names already say year and count. */}
          <svg class="labels" aria-hidden="true" overflow="visible">
            {data.map((d, i) => {
              const { x, y } = geometry(i, d.count);
              return (
                <g key={d.year} data-year={d.year}>
                  <text class="count" x={x + barWidth / 2} y={y - 4} text-anchor="middle">
                    {d.count}
                  </text>
                  <text class="year" x={x + barWidth / 2} y={HEIGHT - 4} text-anchor="middle">
                    {`’${String(d.year).slice(2)}`}
                  </text>
                </g>
              );
            })}
          </svg>
        </svg>
      </div>
      <table class="sr-only">
        <caption>{props.label}</caption>
        <thead>
          <tr>
            <th scope="col">{props.yearHeader}</th>
            <th scope="col">{props.countHeader}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.year}>
              <th scope="row">{d.year}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
