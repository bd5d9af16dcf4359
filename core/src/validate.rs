//! Checks that span the whole file: unique ids, references that resolve,
//! comparable units and relations that hold.

use std::fmt;

use crate::checks::checks_by;
use crate::decode::MAX_METRICS;
use crate::error::{Pos, Problem, ProblemKind};
use crate::format::{number, stated, trimmed};
use crate::model::{Metric, Scorecard};
use crate::types::{Lang, RelationKind};

/// The object that defines an id, by index; written out as its JSON path
/// only when a problem names it.
#[derive(Debug, Clone, Copy)]
enum Owner {
    Section(usize),
    Metric(usize, usize),
    Item(usize, usize),
    Relation(usize),
}

impl Owner {
    /// A key that sorts owners in file order: each section, then its
    /// metrics, then its items; relations last.
    fn order(self) -> (bool, usize, u8, usize) {
        match self {
            Owner::Section(i) => (false, i, 0, 0),
            Owner::Metric(i, j) => (false, i, 1, j),
            Owner::Item(i, j) => (false, i, 2, j),
            Owner::Relation(i) => (true, i, 0, 0),
        }
    }
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Owner::Section(i) => write!(f, "sections[{i}]"),
            Owner::Metric(i, j) => write!(f, "sections[{i}].metrics[{j}]"),
            Owner::Item(i, j) => write!(f, "sections[{i}].items[{j}]"),
            Owner::Relation(i) => write!(f, "relations[{i}]"),
        }
    }
}

/// Every id with the object that defines it (one namespace for all, so URLs
/// are unambiguous), sorted by id and then file order: the uses of an id are
/// neighbours, found by binary search. One exact-size list instead of hash
/// maps: loading's peak memory is the model plus these checks' indexes.
struct Ids<'a> {
    all: Vec<(&'a str, Owner)>,
}

impl<'a> Ids<'a> {
    fn new(sc: &'a Scorecard) -> Self {
        let count = sc.relations.len()
            + sc.sections
                .iter()
                .map(|s| 1 + s.metrics.len() + s.items.len())
                .sum::<usize>();
        let mut all = Vec::with_capacity(count);
        for (i, s) in sc.sections.iter().enumerate() {
            all.push((s.id.as_str(), Owner::Section(i)));
            let metrics = s.metrics.iter().enumerate();
            all.extend(metrics.map(|(j, m)| (m.id.as_str(), Owner::Metric(i, j))));
            let items = s.items.iter().enumerate();
            all.extend(items.map(|(j, it)| (it.id.as_str(), Owner::Item(i, j))));
        }
        let relations = sc.relations.iter().enumerate();
        all.extend(relations.map(|(i, rel)| (rel.id.as_str(), Owner::Relation(i))));
        crate::sort::by(&mut all, |a, b| {
            a.0.cmp(b.0).then(a.1.order().cmp(&b.1.order()))
        });
        Ids { all }
    }

    /// The owners of `id`, in file order.
    fn of(&self, id: &str) -> &[(&'a str, Owner)] {
        let start = self.all.partition_point(|e| e.0 < id);
        let len = self.all[start..].partition_point(|e| e.0 == id);
        &self.all[start..start + len]
    }

    /// The metrics with `id`, in file order, by section and index.
    fn metrics(&self, id: &str) -> impl DoubleEndedIterator<Item = (usize, usize)> + '_ {
        self.of(id).iter().filter_map(|e| match e.1 {
            Owner::Metric(i, j) => Some((i, j)),
            _ => None,
        })
    }

    /// The first metric with `id`: what references resolve to, as in
    /// [`Scorecard::metric`].
    fn metric(&self, sc: &'a Scorecard, id: &str) -> Option<&'a Metric> {
        let (i, j) = self.metrics(id).next()?;
        sc.sections.get(i)?.metrics.get(j)
    }

    /// Where the last metric with `id` is.
    fn last_metric(&self, id: &str) -> Option<Owner> {
        let (i, j) = self.metrics(id).next_back()?;
        Some(Owner::Metric(i, j))
    }

    /// Each id defined again, in file order, with where it was first.
    fn duplicates(&self) -> Vec<(&'a str, Owner, Owner)> {
        let mut found = Vec::new();
        for group in self.all.chunk_by(|a, b| a.0 == b.0) {
            if let [(id, first), again @ ..] = group {
                found.extend(again.iter().map(|&(_, owner)| (*id, owner, *first)));
            }
        }
        crate::sort::by_key(&mut found, |&(_, owner, _)| owner.order());
        found
    }
}

/// Problems, each placed by asking `pos` for its path.
struct Report<'p> {
    problems: Vec<Problem>,
    /// Not generic: the checks are compiled once, whoever places them.
    pos: &'p mut dyn FnMut(&str) -> Pos,
}

impl Report<'_> {
    fn add(&mut self, path: String, kind: ProblemKind, message: String) {
        self.problems.push(Problem {
            pos: (self.pos)(&path),
            path,
            kind,
            message,
        });
    }
}

/// Whole-file checks of a decoded scorecard, placing each problem at
/// `pos(path)`. `pos` is called only for problems found, so a valid file
/// needs no second reading.
///
/// `broken` names metrics that did not decode (their problems are already
/// reported): references to them are not dangling.
pub fn validate_at(
    sc: &Scorecard,
    broken: &[String],
    mut pos: impl FnMut(&str) -> Pos,
) -> Vec<Problem> {
    checks_at(sc, broken, &mut pos)
}

fn checks_at(sc: &Scorecard, broken: &[String], pos: &mut dyn FnMut(&str) -> Pos) -> Vec<Problem> {
    let mut r = Report {
        problems: Vec::new(),
        pos,
    };
    let metric_count = sc.sections.iter().map(|s| s.metrics.len()).sum::<usize>();
    if metric_count > MAX_METRICS {
        r.add(
            "sections".into(),
            ProblemKind::TooMany,
            format!("{metric_count} metrics; the limit is {MAX_METRICS}"),
        );
    }
    let ids = Ids::new(sc);
    duplicates(&ids, &mut r);
    references(sc, &ids, broken, &mut r);
    statements(sc, &mut r);
    // Arithmetic of what resolves: a relation with a dangling part or a
    // unit that does not convert is reported above and skipped here.
    arithmetic(sc, &ids, &mut r);
    r.problems
}

/// Ids used twice, each reported where it is used again.
fn duplicates(ids: &Ids<'_>, r: &mut Report<'_>) {
    for (id, owner, first) in ids.duplicates() {
        let first = format!("{first}.id");
        let first_pos = (r.pos)(&first);
        r.add(
            format!("{owner}.id"),
            ProblemKind::DuplicateId,
            format!("id \"{id}\" is already used at {first} ({first_pos})"),
        );
    }
}

/// References: relation totals, metric parts and relation parts.
fn references<'a>(sc: &'a Scorecard, ids: &Ids<'a>, broken: &[String], r: &mut Report<'_>) {
    let dangling = |id: &str| ids.metric(sc, id).is_none() && !broken.iter().any(|b| b == id);
    for (i, rel) in sc.relations.iter().enumerate() {
        if let Some(total) = rel.total.as_deref().filter(|t| dangling(t)) {
            r.add(
                format!("relations[{i}].total"),
                ProblemKind::DanglingReference,
                format!("no metric has the id \"{total}\""),
            );
        }
    }
    // A metric's parts are reported under the last metric with its id.
    let metric_refs = sc
        .metrics()
        .filter_map(|(_, m)| Some((ids.last_metric(&m.id)?, m.id.as_str(), &m.parts)));
    let relation_refs = sc.relations.iter().enumerate().map(|(i, rel)| {
        (
            Owner::Relation(i),
            rel.total.as_deref().unwrap_or(""),
            &rel.parts,
        )
    });
    for (owner, total_id, parts) in metric_refs.chain(relation_refs) {
        let total = ids.metric(sc, total_id);
        for (k, part) in parts.iter().enumerate() {
            let part_path = format!("{owner}.parts[{k}]");
            match ids.metric(sc, part) {
                None if !dangling(part) => {}
                None => r.add(
                    part_path,
                    ProblemKind::DanglingReference,
                    format!("no metric has the id \"{part}\""),
                ),
                Some(p) if p.id == total_id => r.add(
                    part_path,
                    ProblemKind::InvalidValue,
                    format!("\"{part}\" cannot be a part of itself"),
                ),
                Some(p) => {
                    if let Some(t) = total.filter(|t| !t.unit.converts(&p.unit)) {
                        r.add(
                            part_path,
                            ProblemKind::InvalidValue,
                            format!(
                                "\"{part}\" is in {} but \"{}\" is in {}; they cannot be compared",
                                p.unit, t.id, t.unit
                            ),
                        );
                    } else if total.is_none() && !p.unit.is_percent() {
                        r.add(
                            part_path,
                            ProblemKind::InvalidValue,
                            format!("\"{part}\" is in {}; shares must be in %", p.unit),
                        );
                    }
                }
            }
        }
    }
}

/// Stated changes in a unit that fits the metric, and other statements of
/// a quantity that agree with it.
fn statements(sc: &Scorecard, r: &mut Report<'_>) {
    for (i, s) in sc.sections.iter().enumerate() {
        for (j, m) in s.metrics.iter().enumerate() {
            let at = Owner::Metric(i, j);
            if let Some(c) = &m.change {
                let fits = c.unit.is_percent()
                    || (c.unit.is_points() && m.unit.is_percent())
                    || (!m.unit.is_percent() && m.unit.converts(&c.unit));
                if !fits {
                    let message = if c.unit.is_points() {
                        format!("a change in {} needs a metric in %, not {}", c.unit, m.unit)
                    } else {
                        format!(
                            "a change in {} does not fit a metric in {}; use %, 百分点 for a rate, or a unit like the metric's",
                            c.unit, m.unit
                        )
                    };
                    r.add(
                        format!("{at}.change.unit"),
                        ProblemKind::InvalidValue,
                        message,
                    );
                }
            }
            for (k, fig) in m.also.iter().enumerate() {
                let Some(f) = m.unit.from(&fig.unit) else {
                    continue;
                };
                if m.qualifier.is_some() || fig.qualifier.is_some() {
                    continue;
                }
                let other = fig.exact() * f;
                let tolerance = m.rounding() + fig.rounding() * f + 1e-9 * m.exact().abs();
                if (other - m.exact()).abs() > tolerance {
                    r.add(
                        format!("{at}.also[{k}]"),
                        ProblemKind::RelationFails,
                        format!(
                            "{} {} is not {} {} within rounding (it is {} {})",
                            trimmed(fig.value, usize::from(fig.decimals)),
                            fig.unit,
                            trimmed(m.value, usize::from(m.decimals)),
                            m.unit,
                            trimmed(
                                other / m.unit.magnitude.factor(),
                                usize::from(m.decimals) + 2
                            ),
                            m.unit
                        ),
                    );
                }
            }
        }
    }
}

/// Relations and compositions whose arithmetic does not hold. Where an id
/// is used twice, the first metric with it is the one checked.
fn arithmetic<'a>(sc: &'a Scorecard, ids: &Ids<'a>, r: &mut Report<'_>) {
    let all = checks_by(sc, |id| ids.metric(sc, id));
    for check in all.into_iter().filter(|c| !c.holds) {
        let path = match sc.relations.iter().position(|rel| rel.id == check.id) {
            Some(i) => format!("relations[{i}]"),
            None => match ids.last_metric(check.id) {
                Some(owner) => format!("{owner}.parts"),
                None => continue,
            },
        };
        let parts: Vec<String> = check
            .parts
            .iter()
            .map(|p| format!("{} ({})", p.id, stated(p, Lang::Zh)))
            .collect();
        let message = match (check.kind, check.total) {
            (RelationKind::AtMost, Some(t)) => format!(
                "not every part ≤ {} ({}): {}",
                t.id,
                stated(t, Lang::Zh),
                parts.join(", ")
            ),
            (_, Some(t)) => format!(
                "{} ({}) ≠ {} = {} in {}",
                t.id,
                stated(t, Lang::Zh),
                parts.join(" + "),
                number(check.sum, 2).trim_end_matches(".00"),
                t.unit.base_name(Lang::Zh, 2.0)
            ),
            (_, None) => format!(
                "shares {} add up to {}%, not 100%",
                parts.join(" + "),
                trimmed(check.sum, 2)
            ),
        };
        r.add(path, ProblemKind::RelationFails, message);
    }
}
