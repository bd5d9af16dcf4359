//! Figures that add up: compositions, sums and bounds, with the relations
//! that check them.

use scorecard_core::{Relation, RelationKind, Text};

use super::generate::Synth;
use super::metric::{Val, M};
use super::words::*;

impl Synth {
    /// An additive measure and one of its units, for arithmetic.
    pub(super) fn additive(&mut self) -> (Word, &'static Measure, &'static UnitSpec) {
        let subject = *self.rng.pick(SUBJECTS);
        loop {
            let measure = self.rng.measure();
            if measure.additive {
                return (subject, measure, self.rng.pick(measure.units));
            }
        }
    }

    pub(super) fn bare(
        &mut self,
        id: String,
        zh: String,
        en: String,
        value: Val,
        spec: &'static UnitSpec,
    ) -> M {
        M {
            id,
            label_zh: zh,
            label_en: Some(en),
            value,
            unit: spec.unit,
            qualifier: None,
            period: None,
            topic: None,
            direction: HIGHER,
            series: Vec::new(),
            parts: Vec::new(),
            quote: String::new(),
        }
    }

    /// A district total and 2–(`max`−1) town parts that add up to it
    /// (`parts` on the total): 全区…X，其中A镇…a、B镇…b。
    pub(super) fn composition(&mut self, topic: Option<usize>, max: usize) -> Vec<M> {
        let (subject, measure, spec) = self.additive();
        let part_count = 2 + self.rng.below(max - 2);
        let first_place = self.rng.below(PLACES.len());
        let period = self.rng.chance(0.7).then(|| self.rng.below(PERIODS.len()));
        let mut parts: Vec<M> = (0..part_count)
            .map(|i| {
                let place = PLACES[(first_place + i) % PLACES.len()];
                let zh = format!("{}{}", place.0, measure.zh.replace("{}", subject.0));
                let en = format!("{}, {}", measure.en.replace("{}", subject.1), place.1);
                let id = self.id(&format!("{}-{}-{}", place.2, subject.2, measure.slug));
                let value = self.value(spec);
                self.bare(id, zh, en, value, spec)
            })
            .collect();
        let total_units: i64 = parts.iter().map(|p| p.value.units).sum();
        let zh = format!("全区{}", measure.zh.replace("{}", subject.0));
        let en = format!("{} (district total)", measure.en.replace("{}", subject.1));
        let id = self.id(&format!("total-{}-{}", subject.2, measure.slug));
        let value = Val {
            units: total_units,
            decimals: spec.decimals,
        };
        let mut total = self.bare(id, zh, en, value, spec);
        total.parts = parts.iter().map(|p| p.id.clone()).collect();
        let mut quote = String::new();
        if let Some(p) = period {
            quote.push_str(PERIODS[p].0);
            quote.push('，');
        }
        quote.push_str(&format!("{}{}，其中", total.label_zh, total.stated_zh()));
        let clauses: Vec<String> = parts
            .iter()
            .map(|p| format!("{}{}", p.label_zh, p.stated_zh()))
            .collect();
        quote.push_str(&clauses.join("、"));
        quote.push('。');
        let direction = measure.direction;
        let mut out = vec![total];
        out.append(&mut parts);
        for m in &mut out {
            m.quote = quote.clone();
            m.period = period;
            m.topic = topic;
            m.direction = direction;
        }
        out
    }

    /// A total and two yearly parts with a `sum` relation between them.
    pub(super) fn sum_relation(&mut self, topic: Option<usize>) -> Vec<M> {
        let (subject, measure, spec) = self.additive();
        let base_zh = measure.zh.replace("{}", subject.0);
        let base_en = measure.en.replace("{}", subject.1);
        let a = self.value(spec);
        let b = self.value(spec);
        let id_a = self.id(&format!("{}-{}-2019", subject.2, measure.slug));
        let id_b = self.id(&format!("{}-{}-2020", subject.2, measure.slug));
        let id_t = self.id(&format!("{}-{}-total", subject.2, measure.slug));
        let mut ma = self.bare(
            id_a,
            format!("2019年底前{base_zh}"),
            format!("{base_en}, by end-2019"),
            a,
            spec,
        );
        let mut mb = self.bare(
            id_b,
            format!("2020年{base_zh}"),
            format!("{base_en}, in 2020"),
            b,
            spec,
        );
        let total = Val {
            units: a.units + b.units,
            decimals: spec.decimals,
        };
        let mut mt = self.bare(
            id_t,
            format!("累计{base_zh}"),
            format!("{base_en} (cumulative)"),
            total,
            spec,
        );
        let rel_id = self.id("rel-sum");
        self.relations.push(Relation {
            id: rel_id,
            kind: RelationKind::Sum,
            label: Text::both(
                &format!("{} = {} + {}", mt.label_zh, ma.label_zh, mb.label_zh),
                &format!("{base_en}: cumulative = by end-2019 + in 2020"),
            ),
            total: Some(mt.id.clone()),
            parts: vec![ma.id.clone(), mb.id.clone()],
        });
        let quote = format!(
            "{}{}，其中2019年底前{}、2020年{}。",
            mt.label_zh,
            mt.stated_zh(),
            ma.stated_zh(),
            mb.stated_zh()
        );
        for m in [&mut mt, &mut ma, &mut mb] {
            m.quote = quote.clone();
            m.topic = topic;
            m.direction = measure.direction;
        }
        vec![mt, ma, mb]
    }

    /// Cases received and cases closed (≤ received), with an `at_most`
    /// relation.
    pub(super) fn at_most_relation(&mut self, topic: Option<usize>) -> Vec<M> {
        const CASES: UnitSpec = u("件", 10.0, 3000.0, 0);
        let subject = *self.rng.pick(SUBJECTS);
        let received = self.value(&CASES);
        let closed = Val {
            units: ((received.units as f64) * (0.7 + 0.3 * self.rng.unit())).floor() as i64,
            decimals: 0,
        };
        let closed = Val {
            units: closed.units.max(1),
            ..closed
        };
        let id_r = self.id(&format!("{}-cases-received", subject.2));
        let id_c = self.id(&format!("{}-cases-closed", subject.2));
        let mut r = self.bare(
            id_r,
            format!("受理{}问题线索", subject.0),
            format!("Complaints about {} received", subject.1),
            received,
            &CASES,
        );
        let mut c = self.bare(
            id_c,
            format!("办结{}问题线索", subject.0),
            format!("Complaints about {} resolved", subject.1),
            closed,
            &CASES,
        );
        let rel_id = self.id("rel-closed");
        self.relations.push(Relation {
            id: rel_id,
            kind: RelationKind::AtMost,
            label: Text::both(
                &format!("{} ≤ {}", c.label_zh, r.label_zh),
                &format!("Complaints about {} resolved ≤ received", subject.1),
            ),
            total: Some(r.id.clone()),
            parts: vec![c.id.clone()],
        });
        let quote = format!(
            "{}{}，{}{}。",
            r.label_zh,
            r.stated_zh(),
            c.label_zh.replace("问题线索", ""),
            c.stated_zh()
        );
        for m in [&mut r, &mut c] {
            m.quote = quote.clone();
            m.topic = topic;
            m.period = Some(2);
        }
        vec![r, c]
    }
}
