// Per-year bar chart in SVG. Every bar carries its count; the years form a
// tab list (arrow keys move, one tab stop) whose selection the caller shows
// next to the chart. Screen readers also get the same numbers as a table.
// With kinds, a bar stacks claims (solid), questions (hatched) and rebuttals
// (outlined, on top), and the table gives each kind a column.
import { Fragment } from 'preact';
import { useRef } from 'preact/hooks';

export interface BarDatum {
  year: number;
  /** Obituaries: claims and questions. */
  count: number;
  /** Of `count`, how many are questions (drawn hatched). */
  questions?: number;
  /** Denials, drawn apart on top of the obituaries. */
  rebuttals?: number;
}

/** Column headers of the table when the bars stack kinds. */
export interface KindHeaders {
  claims: string;
  questions: string;
  rebuttals: string;
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
  kindHeaders?: KindHeaders;
}

const WIDTH = 336;
const HEIGHT = 128;
const TOP = 16;
const BOTTOM = 18;

export function BarChart(props: BarChartProps) {
  const { data, selected, kindHeaders: kinds } = props;
  const groups = useRef<(SVGGElement | null)[]>([]);
  const max = Math.max(1, ...data.map((d) => d.count + (d.rebuttals ?? 0)));
  const slot = WIDTH / Math.max(1, data.length);
  const barWidth = Math.min(28, slot * 0.7);
  const plot = HEIGHT - TOP - BOTTOM;
  const focusIndex = Math.max(
    0,
    data.findIndex((d) => d.year === selected),
  );

  const height = (n: number) => (n ? Math.max(2, (n / max) * plot) : 0);

  function geometry(index: number, count: number, rebuttals = 0) {
    const h = height(count);
    const top = HEIGHT - BOTTOM - h - height(rebuttals);
    return { x: index * slot + (slot - barWidth) / 2, y: HEIGHT - BOTTOM - h, h, top };
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
          <defs>
            <pattern
              id="ndy-hatch"
              width="4"
              height="4"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect class="hatch-bg" width="4" height="4" />
              <line class="hatch" x1="0" y1="0" x2="0" y2="4" stroke-width="2" />
            </pattern>
          </defs>
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
                {(d.questions ?? 0) > 0 && (
                  <rect
                    class="bar-questions"
                    x={x}
                    y={y}
                    width={barWidth}
                    height={height(d.questions ?? 0)}
                    fill="url(#ndy-hatch)"
                  />
                )}
                {(d.rebuttals ?? 0) > 0 && (
                  <rect
                    class="bar-rebuttals"
                    x={x + 1}
                    y={y - height(d.rebuttals ?? 0) + 1}
                    width={barWidth - 2}
                    height={height(d.rebuttals ?? 0) - 2}
                    rx="2"
                  />
                )}
              </g>
            );
          })}
          {/* Labels drawn apart from the tabs, whose names already say year and count. */}
          <svg class="labels" aria-hidden="true" overflow="visible">
            {data.map((d, i) => {
              const { x, top } = geometry(i, d.count, d.rebuttals);
              // No group per year: two texts, each with its year (fewer elements to build).
              return (
                <Fragment key={d.year}>
                  <text
                    class="count"
                    data-year={d.year}
                    x={x + barWidth / 2}
                    y={top - 4}
                    text-anchor="middle"
                  >
                    {d.count}
                  </text>
                  <text
                    class="year"
                    data-year={d.year}
                    x={x + barWidth / 2}
                    y={HEIGHT - 4}
                    text-anchor="middle"
                  >
                    {`’${String(d.year).slice(2)}`}
                  </text>
                </Fragment>
              );
            })}
          </svg>
        </svg>
      </div>
      {kinds && (
        // The table below gives screen readers the same numbers by kind.
        <p class="legend muted" aria-hidden="true">
          <span class="key key-claims" />
          {kinds.claims}
          <span class="key key-questions" />
          {kinds.questions}
          <span class="key key-rebuttals" />
          {kinds.rebuttals}
        </p>
      )}
      <table class="sr-only">
        <caption>{props.label}</caption>
        <thead>
          <tr>
            <th scope="col">{props.yearHeader}</th>
            <th scope="col">{props.countHeader}</th>
            {kinds && (
              <>
                <th scope="col">{kinds.claims}</th>
                <th scope="col">{kinds.questions}</th>
                <th scope="col">{kinds.rebuttals}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.year}>
              <th scope="row">{d.year}</th>
              <td>{d.count}</td>
              {kinds && (
                <>
                  <td>{d.count - (d.questions ?? 0)}</td>
                  <td>{d.questions ?? 0}</td>
                  <td>{d.rebuttals ?? 0}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
