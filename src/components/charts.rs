//! SVG charts drawn from the data, each with a text summary and its numbers
//! in a table, and tooltips on hover and keyboard focus.

use std::sync::Arc;

use leptos::prelude::*;
use scorecard_core::derived::shares;
use scorecard_core::num::{fixed, Num};
use scorecard_core::{format, Lang, Metric, Scorecard};

use crate::components::text::Tr;
use crate::context::use_ctx;
use crate::i18n::Ui;

const W: f64 = 240.0;
const H: f64 = 72.0;
/// Room around the plot; the top leaves space for value labels above points.
const PAD: f64 = 20.0;
/// Room under a chart with an axis for the years.
const AXIS_ROOM: f64 = 16.0;
/// Least distance between the centres of two years on an axis.
const TICK_GAP: f64 = 30.0;

/// A chart's box: two points are a slope between labelled ends; three or
/// more get a line over an axis with their years.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Height of the box.
    pub h: f64,
    /// Where the smallest value (or zero) is drawn.
    pub bottom: f64,
    /// Whether the years are drawn on an axis.
    pub axis: bool,
}

impl Frame {
    /// The box for a series of `n` points.
    pub fn for_points(n: usize) -> Self {
        if n >= 3 {
            let h = H + AXIS_ROOM;
            Frame {
                h,
                bottom: h - PAD - AXIS_ROOM,
                axis: true,
            }
        } else {
            Frame {
                h: H,
                bottom: H - PAD,
                axis: false,
            }
        }
    }
}

/// Position of each point of a series in the chart box.
pub fn layout(points: &[(i32, f64)], f: Frame) -> Vec<(f64, f64)> {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Vec::new();
    };
    let span = f64::from((last.0 - first.0).max(1));
    let max = points.iter().map(|p| p.1).fold(f64::MIN, f64::max).max(0.0);
    let min = points.iter().map(|p| p.1).fold(f64::MAX, f64::min).min(0.0);
    let range = if max - min == 0.0 { 1.0 } else { max - min };
    points
        .iter()
        .map(|&(year, v)| {
            let x = PAD + (W - 2.0 * PAD) * f64::from(year - first.0) / span;
            let y = f.bottom - (f.bottom - PAD) * (v - min) / range;
            (x, y)
        })
        .collect()
}

/// Baseline of point `i`'s label: above the point, unless the line reaches
/// it from above (a valley, or an end whose neighbour is higher), where a
/// label above would sit on the line; then below it. Both stay in the plot,
/// clear of an axis's years.
pub fn label_y(xy: &[(f64, f64)], i: usize, f: Frame) -> f64 {
    let Some(&(_, y)) = xy.get(i) else {
        return 0.0;
    };
    let neighbours = [i.checked_sub(1), Some(i + 1)];
    let higher = neighbours
        .into_iter()
        .flatten()
        .filter_map(|j| xy.get(j))
        .any(|&(_, ny)| ny < y - 0.5);
    let lower = neighbours
        .into_iter()
        .flatten()
        .filter_map(|j| xy.get(j))
        .any(|&(_, ny)| ny > y + 0.5);
    if higher && !lower {
        (y + 15.0).min(f.bottom + 15.0)
    } else {
        (y - 8.0).max(11.0)
    }
}

/// Which points' years an axis names: the first and the last always, and
/// between them each one far enough from the last named to be read apart.
pub fn year_ticks(xs: &[f64]) -> Vec<usize> {
    let Some(last) = xs.len().checked_sub(1) else {
        return Vec::new();
    };
    let mut ticks = vec![0];
    for (i, &x) in xs.iter().enumerate().take(last).skip(1) {
        let prev = xs[*ticks.last().unwrap_or(&0)];
        if x - prev >= TICK_GAP && xs[last] - x >= TICK_GAP {
            ticks.push(i);
        }
    }
    if last > 0 && xs[last] - xs[0] >= TICK_GAP {
        ticks.push(last);
    }
    ticks
}

/// About how wide a label is drawn (11 px type): a CJK character takes a
/// full em, others a little over half.
pub fn label_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 6.5 } else { 11.0 })
        .sum()
}

/// Whether the first point's label (drawn rightwards from `first`) and the
/// last one's (leftwards from `last`) would overlap: `(x, baseline, width)`.
pub fn ends_collide(first: (f64, f64, f64), last: (f64, f64, f64)) -> bool {
    let (x0, y0, w0) = first;
    let (xn, yn, wn) = last;
    x0 + w0 + 4.0 > xn - wn && (y0 - yn).abs() < 13.0
}

/// How the label of point `i` of `n` lines up with it: the first starts
/// there, the last ends there, the others are centred.
fn anchor(i: usize, n: usize) -> &'static str {
    if i == 0 {
        "start"
    } else if i + 1 == n {
        "end"
    } else {
        "middle"
    }
}

/// A metric's series as a line with labelled points.
#[component]
pub fn LineChart(
    /// The metric whose series is drawn.
    metric: Metric,
    /// Whether it sits on a large headline card.
    large: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    let points: Vec<(i32, f64)> = metric.series.iter().map(|p| (p.year, p.value)).collect();
    let frame = Frame::for_points(points.len());
    let xy = layout(&points, frame);
    let path: String = xy
        .iter()
        .enumerate()
        .map(|(i, (x, y))| {
            format!(
                "{}{},{}",
                if i == 0 { "M" } else { "L" },
                fixed(*x, 1),
                fixed(*y, 1)
            )
        })
        .collect();
    let m = metric.clone();
    let label = move |v: f64, l: Lang| format::series_value(&m, v, l);
    let l2 = label.clone();
    let table_label = label.clone();
    let summary = {
        let points = points.clone();
        move || {
            let l = lang.get();
            points
                .iter()
                .map(|(y, v)| format!("{y}{}{}", Ui::YearSep.tr(l), l2(*v, l)))
                .collect::<Vec<_>>()
                .join(" → ")
        }
    };
    let n = points.len();
    let first_gives_way = {
        let ends = (
            points.first().copied(),
            points.last().copied(),
            xy.first().copied(),
            xy.last().copied(),
        );
        let first_y = label_y(&xy, 0, frame);
        let last_y = label_y(&xy, n.saturating_sub(1), frame);
        let label = label.clone();
        Memo::new(move |_| match ends {
            (Some((y0, v0)), Some((yn, vn)), Some((x0, _)), Some((xn, _))) if n >= 2 => {
                let l = lang.get();
                let width = |year: i32, v: f64| {
                    let text = label(v, l);
                    label_width(&if frame.axis {
                        text
                    } else {
                        format!("{year}: {text}")
                    })
                };
                ends_collide((x0, first_y, width(y0, v0)), (xn, last_y, width(yn, vn)))
            }
            _ => false,
        })
    };
    view! {
        <figure class="sc-chart" class:sc-chart-large=large data-testid="line-chart">
            <svg viewBox=format!("0 0 {} {}", Num(W), Num(frame.h)) class="sc-svg" class:sc-svg-axis=frame.axis role="group" aria-label=move || Ui::Trend.tr(lang.get())>
                {frame.axis.then(|| axis(&points, &xy, frame))}
                <path d=path class="sc-line" />
                {points
                    .iter()
                    .zip(xy.iter().copied())
                    .enumerate()
                    .map(|(i, (&(year, v), (x, y)))| {
                        let ty = label_y(&xy, i, frame);
                        let label = label.clone();
                        let l2 = label.clone();
                        // Over an axis the years are under the line: the
                        // labels carry the values only.
                        let text = move || {
                            if frame.axis {
                                label(v, lang.get())
                            } else {
                                format!("{year}: {}", label(v, lang.get()))
                            }
                        };
                        let aria = move || format!("{year}: {}", l2(v, lang.get()));
                        let anchor = anchor(i, n);
                        let ends = i == 0 || i + 1 == n;
                        // The first label gives way to the latest when both
                        // would not fit; it still shows on hover and focus.
                        let shown = move || ends && !(i == 0 && first_gives_way.get());
                        view! {
                            <g class="sc-pt" class:sc-pt-end=shown tabindex="0" role="img" aria-label=aria>
                                <circle cx=fixed(x, 1) cy=fixed(y, 1) r="4" />
                                <text x=fixed(x, 1) y=fixed(ty, 1) text-anchor=anchor class="sc-tip">{text}</text>
                            </g>
                        }
                    })
                    .collect_view()}
            </svg>
            <figcaption>
                <span class="sc-visually-hidden"><Tr text=metric.label.clone() lang=lang />"："</span>
                {summary}
            </figcaption>
            <table class="sc-visually-hidden" data-testid="chart-table">
                <caption><Tr text=metric.label.clone() lang=lang /></caption>
                <thead>
                    <tr>
                        <th scope="col">{move || Ui::Year.tr(lang.get())}</th>
                        <th scope="col">{move || Ui::Value.tr(lang.get())}</th>
                    </tr>
                </thead>
                <tbody>
                    {points
                        .iter()
                        .map(|&(year, v)| {
                            let label = table_label.clone();
                            view! {
                                <tr>
                                    <th scope="row">{year}</th>
                                    <td>{move || label(v, lang.get())}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

/// The zero (or lowest) line and the years under it, drawn behind the line.
fn axis(points: &[(i32, f64)], xy: &[(f64, f64)], f: Frame) -> impl IntoView {
    let xs: Vec<f64> = xy.iter().map(|p| p.0).collect();
    let ticks: Vec<_> = year_ticks(&xs)
        .into_iter()
        .map(|i| (fixed(xs[i], 1), points[i].0, anchor(i, xs.len())))
        .collect();
    view! {
        <g class="sc-axis" aria-hidden="true">
            <line x1=fixed(PAD, 1) x2=fixed(W - PAD, 1) y1=fixed(f.bottom, 1) y2=fixed(f.bottom, 1) />
            {xs.iter().map(|x| view! { <line class="sc-axis-tick" x1=fixed(*x, 1) x2=fixed(*x, 1) y1=fixed(f.bottom, 1) y2=fixed(f.bottom + 4.0, 1) /> }).collect_view()}
            {ticks.into_iter().map(|(x, year, anchor)| view! { <text class="sc-axis-year" x=x y=fixed(f.h - 3.0, 1) text-anchor=anchor>{year}</text> }).collect_view()}
        </g>
    }
}

/// A composed metric as a stacked bar with a table of parts and shares.
#[component]
pub fn CompositionChart(
    /// The composed metric.
    total: Metric,
    /// The scorecard, to resolve the parts.
    scorecard: Arc<Scorecard>,
) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang_signal();
    let parts: Vec<(Metric, f64)> = shares(&scorecard, &total)
        .into_iter()
        .map(|(m, s)| (m.clone(), s))
        .collect();
    let mut x = 0.0;
    let bars: Vec<_> = parts
        .iter()
        .enumerate()
        .map(|(i, (m, share))| {
            let w = (share * W).max(0.0);
            let bar = (x, w, i, m.clone(), *share);
            x += w;
            bar
        })
        .collect();
    view! {
        <figure class="sc-chart sc-composition" data-testid="composition-chart">
            <svg viewBox=format!("0 0 {} 20", Num(W)) class="sc-svg sc-bar" role="group" aria-label=move || Ui::Composition.tr(lang.get())>
                {bars
                    .into_iter()
                    .map(|(x, w, i, m, share)| {
                        let text = move || format!("{}: {} ({})", m.label.text(lang.get()), format::stated(&m, lang.get()), format::share(share));
                        let aria = text.clone();
                        view! {
                            <g class="sc-pt" tabindex="0" role="img" aria-label=aria>
                                <rect x=fixed(x, 2) y="0" width=fixed(w, 2) height="20" class=format!("sc-c{}", i % 6) />
                                <title>{text}</title>
                            </g>
                        }
                    })
                    .collect_view()}
            </svg>
            <table class="sc-legend">
                <caption>{move || Ui::Composition.tr(lang.get())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || Ui::Label.tr(lang.get())}</th>
                        <th scope="col">{move || Ui::Value.tr(lang.get())}</th>
                        <th scope="col">{move || Ui::Share.tr(lang.get())}</th>
                    </tr>
                </thead>
                <tbody>
                    {parts
                        .into_iter()
                        .enumerate()
                        .map(|(i, (m, share))| {
                            let mm = m.clone();
                            view! {
                                <tr>
                                    <th scope="row"><span class=format!("sc-swatch sc-c{}", i % 6) aria-hidden="true"></span><Tr text=m.label.clone() lang=lang /></th>
                                    <td>{move || format::stated(&mm, lang.get())}</td>
                                    <td>{format::share(share)}" "<span class="sc-badge">{move || Ui::Derived.tr(lang.get())}</span></td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_spans_the_box_and_starts_at_zero() {
        let slope = Frame::for_points(2);
        let xy = layout(&[(2014, 9.3), (2019, 0.36)], slope);
        assert_eq!(xy.len(), 2);
        assert!((xy[0].0 - PAD).abs() < 1e-9 && (xy[1].0 - (W - PAD)).abs() < 1e-9);
        assert!((xy[0].1 - PAD).abs() < 1e-9, "max at the top");
        assert!(xy[1].1 > H - PAD - 2.0, "small value near the zero line");
        assert!(layout(&[], slope).is_empty());
        let flat = layout(&[(2020, 0.0), (2021, 0.0)], slope);
        assert!(flat.iter().all(|p| p.1.is_finite()));
    }

    #[test]
    fn three_points_or_more_get_an_axis_under_the_plot() {
        let f = Frame::for_points(3);
        assert!(f.axis && !Frame::for_points(2).axis);
        let xy = layout(&[(2016, 5.0), (2018, -1.0), (2020, 3.0)], f);
        assert!(xy
            .iter()
            .all(|p| p.1 >= PAD - 1e-9 && p.1 <= f.bottom + 1e-9));
        assert!(
            (xy[1].1 - f.bottom).abs() < 1e-9,
            "the lowest value on the bottom line"
        );
        // A label below the lowest point ends above the years.
        assert!(label_y(&xy, 1, f) + 3.0 < f.h - 3.0 - 8.0);
    }

    #[test]
    fn end_labels_that_would_meet_are_told() {
        assert_eq!(label_width("9 elephants"), 71.5);
        assert_eq!(label_width("9头"), 17.5);
        // (first: x, baseline, width; last: x, baseline, width; collide)
        let cases = [
            ((20.0, 30.0, 70.0), (220.0, 30.0, 70.0), false),
            ((20.0, 30.0, 110.0), (220.0, 30.0, 110.0), true),
            ((20.0, 30.0, 110.0), (220.0, 60.0, 110.0), false),
            ((20.0, 30.0, 100.0), (220.0, 40.0, 100.0), true),
        ];
        for (first, last, want) in cases {
            assert_eq!(ends_collide(first, last), want, "{first:?} {last:?}");
        }
    }

    #[test]
    fn axis_years_are_read_apart() {
        // (x of each point, years named)
        let yearly: Vec<f64> = (0..21).map(|k| 20.0 + 10.0 * f64::from(k)).collect();
        let cases: [(&[f64], &[usize]); 6] = [
            (&[], &[]),
            (&[20.0], &[0]),
            (&[20.0, 220.0], &[0, 1]),
            (&[20.0, 120.0, 220.0], &[0, 1, 2]),
            // 2010, 2019, 2020: the last two are too close; the last wins.
            (&[20.0, 200.0, 220.0], &[0, 2]),
            // Yearly over 21 years: every third, the end kept clear.
            (&yearly, &[0, 3, 6, 9, 12, 15, 20]),
        ];
        for (xs, want) in cases {
            assert_eq!(year_ticks(xs), want, "{xs:?}");
        }
    }

    #[test]
    fn labels_sit_on_the_side_away_from_the_line() {
        let (top, bottom) = (PAD, H - PAD);
        // (points' y, point, label below it?)
        let cases: [(&[f64], usize, bool); 7] = [
            (&[top, bottom], 0, false),         // falling: the start is a peak
            (&[top, bottom], 1, true),          // falling: the line comes from above
            (&[bottom, top], 0, true),          // rising: the line leaves upwards
            (&[bottom, top], 1, false),         // rising: the end is a peak
            (&[top, bottom, top], 1, true),     // a valley
            (&[bottom, top, bottom], 1, false), // a peak
            (&[40.0, 40.0], 1, false),          // flat: above
        ];
        for (ys, i, below) in cases {
            let xy: Vec<(f64, f64)> = ys
                .iter()
                .enumerate()
                .map(|(k, &y)| (k as f64 * 50.0, y))
                .collect();
            for f in [Frame::for_points(2), Frame::for_points(3)] {
                let ty = label_y(&xy, i, f);
                assert_eq!(ty > xy[i].1, below, "{ys:?} point {i}");
                assert!(
                    (11.0..=f.bottom + 15.0).contains(&ty) && f.bottom + 15.0 <= f.h - 2.0,
                    "{ys:?} point {i}: {ty} in the plot"
                );
            }
        }
    }
}
