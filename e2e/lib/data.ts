// The bundled scorecard as the tests' source of truth, and an independent
// re-statement of the display rules the tests assert against.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Text = string | { zh: string; en?: string };
export interface Metric {
  id: string;
  label: Text;
  value: number;
  unit: string;
  qualifier?: string;
  period?: Text;
  topic?: Text;
  series?: { year: number; value: number }[];
  parts?: string[];
  quote: string;
}
export interface Section {
  id: string;
  kind: string;
  title: Text;
  metrics?: Metric[];
  items?: { id: string; name: Text; quote: string }[];
}
export interface Scorecard {
  id: string;
  title: Text;
  source: { url: string; authors: string[]; outlet: Text };
  sections: Section[];
  relations?: { id: string; kind: string; total: string; parts: string[] }[];
}

export const dataPath = (name = 'lingling-2020.json') =>
  fileURLToPath(new URL(`../../data/${name}`, import.meta.url));

export const lingling: Scorecard = JSON.parse(readFileSync(dataPath(), 'utf8'));

export const zh = (t: Text) => (typeof t === 'string' ? t : t.zh);
export const en = (t: Text) => (typeof t === 'string' ? t : (t.en ?? t.zh));

export const allMetrics = (sc: Scorecard = lingling) => sc.sections.flatMap((s) => s.metrics ?? []);

/** Value in the base unit: 1.3 万个 → 13000. */
export const exact = (m: Metric) =>
  m.value * (m.unit.startsWith('亿') ? 1e8 : m.unit.startsWith('万') && m.unit !== '万' ? 1e4 : 1);

/** Digits as written, with thousands separators: 41354 → "41,354". */
export const grouped = (v: number) =>
  v.toLocaleString('en-US', { maximumFractionDigits: 10, useGrouping: true });

/** The Chinese figure for a metric without a qualifier: "41,354人", "3.38亿元". */
export const statedZhPlain = (m: Metric) => `${grouped(m.value)}${m.unit}`;
