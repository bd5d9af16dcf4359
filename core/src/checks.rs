//! Relations a reader can verify, evaluated: both sides and whether they hold.

use std::collections::HashMap;

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
    /// The whole.
    pub total: &'a Metric,
    /// The parts.
    pub parts: Vec<&'a Metric>,
    /// Sum of the parts' exact values, in the base unit.
    pub sum: f64,
    /// Whether the arithmetic holds within the rounding the article used.
    pub holds: bool,
}

/// Every relation of the scorecard and every metric composition, in file
/// order (compositions first). References that do not resolve are skipped;
/// the validator reports them.
pub fn checks(sc: &Scorecard) -> Vec<Check<'_>> {
    // An index keeps this linear for scorecards with many references. Sized
    // up front: growing it rehashes into a table twice the size.
    let mut index: HashMap<&str, &Metric> =
        HashMap::with_capacity(sc.sections.iter().map(|s| s.metrics.len()).sum());
    index.extend(sc.metrics().map(|(_, m)| (m.id.as_str(), m)));
    checks_by(sc, |id| index.get(id).copied())
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
        .filter_map(|m| evaluate(&metric, &m.id, None, RelationKind::Sum, m, &m.parts));
    let relations = sc.relations.iter().filter_map(|r| {
        let total = metric(&r.total)?;
        evaluate(&metric, &r.id, Some(&r.label), r.kind, total, &r.parts)
    });
    compositions.chain(relations).collect()
}

fn evaluate<'a>(
    metric: impl Fn(&str) -> Option<&'a Metric>,
    id: &'a str,
    label: Option<&'a Text>,
    kind: RelationKind,
    total: &'a Metric,
    part_ids: &[String],
) -> Option<Check<'a>> {
    let parts: Vec<&Metric> = part_ids.iter().map(|p| metric(p)).collect::<Option<_>>()?;
    let sum: f64 = parts.iter().map(|p| p.exact()).sum();
    let tolerance = parts
        .iter()
        .map(|p| p.rounding())
        .fold(total.rounding(), f64::max)
        + 1e-9 * total.exact().abs();
    let holds = match kind {
        RelationKind::Sum => (total.exact() - sum).abs() <= tolerance,
        RelationKind::AtMost => parts.iter().all(|p| p.exact() <= total.exact() + tolerance),
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
