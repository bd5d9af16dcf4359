//! Relations a reader can verify, evaluated: both sides and whether they hold.

use crate::model::{Metric, Scorecard, Text};
use crate::types::RelationKind;

/// One evaluated relation.
#[derive(Debug, Clone)]
pub struct Check<'a> {
    /// The relation's id, or the composed metric's id for its parts.
    pub id: &'a str,
    /// The relation's own label; `None` for a metric's composition.
    pub label: Option<&'a Text>,
    /// Sum or bound.
    pub kind: RelationKind,
    /// The whole; `None` for shares, whose whole is 100%.
    pub total: Option<&'a Metric>,
    /// The parts.
    pub parts: Vec<&'a Metric>,
    /// Sum of the parts' exact values, in the total's base unit (in % for
    /// shares).
    pub sum: f64,
    /// Whether the arithmetic holds within the rounding the article used.
    pub holds: bool,
}

/// Every relation of the scorecard and every metric composition, in file
/// order (compositions first). References that do not resolve are skipped;
/// the validator reports them.
pub fn checks(sc: &Scorecard) -> Vec<Check<'_>> {
    // Ids in order, so a reference is found by binary search in scorecards
    // with many references; the first metric of an id, as in
    // [`Scorecard::metric`], since the sort keeps file order among equals.
    let mut index: Vec<(&str, &Metric)> = sc.metrics().map(|(_, m)| (m.id.as_str(), m)).collect();
    crate::sort::by(&mut index, |a, b| a.0.cmp(b.0));
    checks_by(sc, |id| {
        let at = index.partition_point(|e| e.0 < id);
        index.get(at).filter(|e| e.0 == id).map(|e| e.1)
    })
}

/// [`checks`], resolving metric ids with `metric`: the validator has an
/// index of its own and need not build a second one.
pub(crate) fn checks_by<'a>(
    sc: &'a Scorecard,
    metric: impl Fn(&str) -> Option<&'a Metric>,
) -> Vec<Check<'a>> {
    let compositions = sc
        .metrics()
        .map(|(_, m)| m)
        .filter(|m| !m.parts.is_empty())
        .filter_map(|m| evaluate(&metric, &m.id, None, RelationKind::Sum, Some(m), &m.parts));
    let relations = sc.relations.iter().filter_map(|r| {
        let total = match &r.total {
            Some(id) => Some(metric(id)?),
            None => None,
        };
        evaluate(&metric, &r.id, Some(&r.label), r.kind, total, &r.parts)
    });
    compositions.chain(relations).collect()
}

/// Evaluates one relation; `None` when a part does not resolve or its unit
/// does not convert to the total's (the validator reports both).
fn evaluate<'a>(
    metric: impl Fn(&str) -> Option<&'a Metric>,
    id: &'a str,
    label: Option<&'a Text>,
    kind: RelationKind,
    total: Option<&'a Metric>,
    part_ids: &[String],
) -> Option<Check<'a>> {
    let parts: Vec<&Metric> = part_ids.iter().map(|p| metric(p)).collect::<Option<_>>()?;
    let (sum, holds) = match total {
        Some(total) => {
            // Each part's value and rounding in the total's base unit.
            let factors: Vec<f64> = parts
                .iter()
                .map(|p| total.unit.from(&p.unit))
                .collect::<Option<_>>()?;
            let sum: f64 = parts.iter().zip(&factors).map(|(p, f)| p.exact() * f).sum();
            let tolerance = parts
                .iter()
                .zip(&factors)
                .map(|(p, f)| p.rounding() * f)
                .fold(total.rounding(), f64::max)
                + 1e-9 * total.exact().abs();
            let holds = match kind {
                RelationKind::Sum | RelationKind::Shares => {
                    (total.exact() - sum).abs() <= tolerance
                }
                RelationKind::AtMost => parts
                    .iter()
                    .zip(&factors)
                    .all(|(p, f)| p.exact() * f <= total.exact() + tolerance),
            };
            (sum, holds)
        }
        None => {
            if !parts.iter().all(|p| p.unit.is_percent()) {
                return None;
            }
            // Rounded shares may each be off by half their last digit.
            let sum: f64 = parts.iter().map(|p| p.value).sum();
            let tolerance: f64 = parts.iter().map(|p| p.rounding()).sum::<f64>() + 1e-9;
            (sum, (sum - 100.0).abs() <= tolerance)
        }
    };
    Some(Check {
        id,
        label,
        kind,
        total,
        parts,
        sum,
        holds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = include_str!("../../tests/fixtures/valid/base.json");

    #[test]
    fn a_reference_resolves_to_the_first_metric_of_its_id_as_the_model_does() {
        let sc = crate::load_str(BASE).expect("valid");
        let part = checks(&sc)[0].parts[0].clone();
        // The same id again, later in the file, with another value.
        let mut twice = sc.clone();
        let mut later = part.clone();
        later.value += 1.0;
        twice
            .sections
            .last_mut()
            .expect("sections")
            .metrics
            .push(later);
        let found = checks(&twice)[0].parts[0];
        assert_eq!(found.value, part.value);
        assert!(std::ptr::eq(
            found,
            twice.metric(&part.id).expect("resolves")
        ));
    }
}
