//! The generator: sections of metrics stated in article-like sentences.

use scorecard_core::{Item, Relation, Scorecard, Section, SectionKind, Source, Text};

use super::metric::{Val, M};
use super::rng::Rng;
use super::words::*;

/// The generator's state: its randomness, the next id, and the relations
/// found so far.
pub(super) struct Synth {
    n: usize,
    k: usize,
    pub(super) rng: Rng,
    seq: usize,
    pub(super) relations: Vec<Relation>,
}

impl Synth {
    pub(super) fn new(n: usize, k: usize) -> Synth {
        Synth {
            n,
            k,
            rng: Rng(0x5C0_2ECA_2D00 ^ (n as u64).wrapping_mul(0x9E37_79B9) ^ k as u64),
            seq: 0,
            relations: Vec::new(),
        }
    }

    pub(super) fn id(&mut self, slug: &str) -> String {
        self.seq += 1;
        format!("{slug}-{}", self.seq)
    }

    pub(super) fn scorecard(mut self) -> Scorecard {
        let n = self.n;
        let k = self.k;
        // Section 0 is the headline strip (a few figures with series) when
        // there is more than one section.
        let headline = if k == 1 {
            0
        } else {
            n.clamp(1, 8).min(n / 10).max(1)
        };
        let counts = self.spread(n - headline, k - usize::from(k > 1));
        let mut sections = Vec::with_capacity(k);
        if k > 1 {
            sections.push(self.headline_section(headline));
        }
        for (i, count) in counts.into_iter().enumerate() {
            let index = i + usize::from(k > 1);
            let kind = if k == 1 {
                "net"
            } else if index == k - 1 && k >= 3 {
                "outcomes"
            } else if self.rng.chance(0.2) {
                "other"
            } else {
                "net"
            };
            sections.push(self.section(index, kind, count));
        }
        Scorecard {
            schema_version: scorecard_core::SCHEMA_VERSION,
            id: format!("synth-{n}"),
            default_lang: scorecard_core::Lang::Zh,
            title: Text::both(
                &format!("合成数据成绩单：{n}项数据"),
                &format!("Synthetic scorecard: {n} figures"),
            ),
            subtitle: Some(Text::both(
                "性能测试用的合成数据，数字与地名均为虚构",
                "Synthetic data for performance tests; figures and places are made up",
            )),
            updated: None,
            source: Source {
                outlet: Text::both("合成日报", "Synthetic Daily"),
                title: Text::both(
                    &format!("合成报道：{k}个方面的{n}个数字"),
                    &format!("A synthetic report: {n} figures on {k} topics"),
                ),
                url: format!("https://example.org/synthetic/{n}"),
                published: Some("2020-11-25T09:00:00+08:00".into()),
                retrieved: None,
                via: None,
                authors: vec!["合成记者".into()],
                editor: None,
            },
            sections,
            relations: std::mem::take(&mut self.relations),
        }
    }

    /// `total` split into `parts` counts of uneven size (0.5×–1.5× the mean).
    fn spread(&mut self, total: usize, parts: usize) -> Vec<usize> {
        if parts == 0 {
            return Vec::new();
        }
        let weights: Vec<f64> = (0..parts).map(|_| 0.5 + self.rng.unit()).collect();
        let sum: f64 = weights.iter().sum();
        let mut counts: Vec<usize> = weights
            .iter()
            .map(|w| (total as f64 * w / sum).floor() as usize)
            .collect();
        let mut left = total - counts.iter().sum::<usize>();
        let mut i = 0;
        while left > 0 {
            counts[i % parts] += 1;
            left -= 1;
            i += 1;
        }
        counts
    }

    fn headline_section(&mut self, count: usize) -> Section {
        let mut metrics = Vec::with_capacity(count);
        for _ in 0..count {
            let mut m = self.plain_metric(None, true);
            m.qualifier = None;
            let year = m.period.map_or(2020, |p| PERIODS[p].2);
            let points = 3 + self.rng.below(3);
            m.series = self.series(&m, year, points);
            m.quote = self.sentence(&[&m], m.period);
            metrics.push(m.metric());
        }
        Section {
            id: "headline".into(),
            kind: SectionKind::Headline,
            title: Text::both("成绩单要点", "The headline figures"),
            focus: None,
            metrics,
            items: Vec::new(),
        }
    }

    fn section(&mut self, index: usize, kind: &'static str, count: usize) -> Section {
        let theme = THEMES[(index - usize::from(self.k > 1)) % THEMES.len()];
        let round = (index - usize::from(self.k > 1)) / THEMES.len();
        let (title_zh, title_en) = if round == 0 {
            (theme.0.to_string(), theme.1.to_string())
        } else {
            let place = PLACES[(round - 1) % PLACES.len()];
            (
                format!("{}·{}", place.0, theme.0),
                format!("{}: {}", place.1, theme.1),
            )
        };
        let (title_zh, title_en, slug) = if kind == "outcomes" {
            ("综合成效".to_string(), "Outcomes".to_string(), "outcomes")
        } else {
            (title_zh, title_en, theme.2)
        };
        let focus = self.rng.chance(0.6).then(|| {
            let (zh, en) = *self.rng.pick(FOCUS);
            Text::both(zh, en)
        });
        // Topics: a few per section, metrics grouped under them in order;
        // about one metric in ten has none.
        let topic_count = 2 + self.rng.below(5);
        let first_topic = self.rng.below(TOPICS.len());
        let mut metrics: Vec<M> = Vec::with_capacity(count);
        while metrics.len() < count {
            let left = count - metrics.len();
            let share = metrics.len() * topic_count / count.max(1);
            let topic = (!self.rng.chance(0.1)).then_some((first_topic + share) % TOPICS.len());
            let roll = self.rng.unit();
            if left >= 4 && roll < 0.012 {
                metrics.extend(self.composition(topic, left.min(5)));
            } else if left >= 3 && roll < 0.018 {
                metrics.extend(self.sum_relation(topic));
            } else if left >= 2 && roll < 0.024 {
                metrics.extend(self.at_most_relation(topic));
            } else {
                metrics.extend(self.sentence_group(topic, left.min(3)));
            }
        }
        let items: Vec<Item> = (0..self.rng.below(3))
            .map(|_| {
                let (zh, en, quote) = *self.rng.pick(ITEMS);
                Item {
                    id: self.id("item"),
                    name: Text::both(zh, en),
                    description: None,
                    quote: quote.into(),
                }
            })
            .collect();
        Section {
            id: format!("{slug}-s{index}"),
            // Version 1's net/outcomes/other are all drawn as groups.
            kind: SectionKind::Group,
            title: Text::both(&title_zh, &title_en),
            focus,
            metrics: metrics.into_iter().map(M::metric).collect(),
            items,
        }
    }

    /// A label for `subject` × `measure`, with an optional place and modifier.
    pub(super) fn label(
        &mut self,
        subject: Word,
        measure: &Measure,
        place: Option<Word>,
    ) -> (String, String) {
        let (mod_zh, mod_en) = *self.rng.pick(MODIFIERS);
        let mut zh = String::new();
        if let Some(p) = place {
            zh.push_str(p.0);
        }
        zh.push_str(mod_zh);
        zh.push_str(&measure.zh.replace("{}", subject.0));
        let mut en = measure.en.replace("{}", subject.1);
        if en.starts_with(subject.1) {
            // "{} projects completed" → capitalise the subject.
            let mut chars = en.chars();
            if let Some(first) = chars.next() {
                en = first.to_uppercase().chain(chars).collect();
            }
        }
        en.push_str(mod_en);
        if let Some(p) = place {
            en.push_str(", ");
            en.push_str(p.1);
        }
        (zh, en)
    }

    pub(super) fn value(&mut self, spec: &UnitSpec) -> Val {
        Val::from_f64(self.rng.log_uniform(spec.lo, spec.hi), spec.decimals)
    }

    /// A metric with random subject, measure, unit, place, qualifier and
    /// period (quote filled in by the caller).
    pub(super) fn plain_metric(&mut self, topic: Option<usize>, headline: bool) -> M {
        let subject = *self.rng.pick(SUBJECTS);
        let measure = self.rng.measure();
        let spec = self.rng.pick(measure.units);
        let place = (!headline && self.rng.chance(0.4)).then(|| *self.rng.pick(PLACES));
        let (zh, en) = self.label(subject, measure, place);
        let id = self.id(&format!("{}-{}", subject.2, measure.slug));
        let qualifier = self
            .rng
            .chance(0.15)
            .then(|| *self.rng.pick(&["余", "多", "以上", "超过", "近", "约"]));
        M {
            id,
            label_zh: zh,
            label_en: (headline || self.rng.chance(0.85)).then_some(en),
            value: self.value(spec),
            unit: spec.unit,
            qualifier,
            period: self.rng.chance(0.65).then(|| self.rng.below(PERIODS.len())),
            topic,
            direction: measure.direction,
            series: Vec::new(),
            parts: Vec::new(),
            quote: String::new(),
        }
    }

    /// `points` yearly values ending with the metric's own value in `end`.
    pub(super) fn series(&mut self, m: &M, end: i32, points: usize) -> Vec<(i32, Val)> {
        let falling = m.direction == LOWER;
        let last = m.value.units as f64;
        let mut values = vec![last];
        let mut v = last;
        for _ in 1..points {
            let step = 1.1 + self.rng.unit() * 0.6;
            v = if falling { v * step } else { v / step };
            values.push(v.max(1.0));
        }
        values.reverse();
        let first_year = end - points as i32 + 1;
        values
            .into_iter()
            .enumerate()
            .map(|(i, units)| {
                (
                    first_year + i as i32,
                    Val {
                        units: (units.round() as i64).max(1),
                        decimals: m.value.decimals,
                    },
                )
            })
            .collect()
    }

    /// The article's sentence stating `metrics` (which share a period).
    pub(super) fn sentence(&mut self, metrics: &[&M], period: Option<usize>) -> String {
        let mut s = String::new();
        if let Some(p) = period {
            s.push_str(PERIODS[p].0);
            s.push('，');
        }
        let opener: &&str = self.rng.pick(SOURCE_OPENERS);
        s.push_str(opener);
        let clauses: Vec<String> = metrics
            .iter()
            .map(|m| format!("{}{}", m.label_zh, m.stated_zh()))
            .collect();
        s.push_str(&clauses.join("，"));
        s.push('。');
        s
    }

    /// 1–`max` metrics stated in one sentence (one period), some with a series.
    pub(super) fn sentence_group(&mut self, topic: Option<usize>, max: usize) -> Vec<M> {
        let size = 1 + self.rng.below(max);
        let period = self.rng.chance(0.65).then(|| self.rng.below(PERIODS.len()));
        let mut group: Vec<M> = (0..size)
            .map(|_| {
                let mut m = self.plain_metric(topic, false);
                m.period = period;
                m
            })
            .collect();
        for m in &mut group {
            if self.rng.chance(0.02) {
                let end = period.map_or(2020, |p| PERIODS[p].2);
                let points = 2 + self.rng.below(4);
                m.series = self.series(m, end, points);
            }
        }
        let quote = {
            let refs: Vec<&M> = group.iter().collect();
            self.sentence(&refs, period)
        };
        for m in &mut group {
            m.quote = quote.clone();
        }
        group
    }
}
