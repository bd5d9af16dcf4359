//! Checks that span the whole file: unique ids, references that resolve,
//! comparable units and relations that hold.

use std::collections::HashMap;
use std::fmt;

use crate::checks::checks;
use crate::decode::MAX_METRICS;
use crate::error::{Pos, Problem, ProblemKind};
use crate::format::{number, stated};
use crate::json::{Node, Value};
use crate::model::{Metric, Scorecard};
use crate::types::{Lang, RelationKind};

/// Position of the value at `path` (`sections[2].metrics[0].id`) in the
/// tree, or of the deepest value that exists on the way.
pub fn pos_at(root: &Node<'_>, path: &str) -> Pos {
    let mut node = root;
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (key, indexes) = segment.split_once('[').unwrap_or((segment, ""));
        let next = match &node.value {
            Value::Object(members) => members.iter().find(|m| m.key == key).map(|m| &m.node),
            _ => None,
        };
        let Some(mut next) = next else {
            return node.pos;
        };
        for i in indexes
            .split('[')
            .map(|s| s.trim_end_matches(']'))
            .filter(|s| !s.is_empty())
        {
            let item = match (&next.value, i.parse::<usize>()) {
                (Value::Array(items), Ok(i)) => items.get(i),
                _ => None,
            };
            match item {
                Some(item) => next = item,
                None => return next.pos,
            }
        }
        node = next;
    }
    node.pos
}

/// The object that defines an id, by index; written out as its JSON path
/// only when a problem names it.
#[derive(Debug, Clone, Copy)]
enum Owner {
    Section(usize),
    Metric(usize, usize),
    Item(usize, usize),
    Relation(usize),
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

/// The metrics with one id: the first (what references resolve to) and
/// where the last is.
struct Metrics<'a> {
    first: &'a Metric,
    last: Owner,
}

/// Problems, each placed by asking `pos` for its path.
struct Report<P> {
    problems: Vec<Problem>,
    pos: P,
}

impl<P: FnMut(&str) -> Pos> Report<P> {
    fn add(&mut self, path: String, kind: ProblemKind, message: String) {
        self.problems.push(Problem {
            pos: (self.pos)(&path),
            path,
            kind,
            message,
        });
    }
}

/// Whole-file checks of a decoded scorecard; `root` gives positions.
pub fn validate(sc: &Scorecard, root: &Node<'_>) -> Vec<Problem> {
    validate_at(sc, |path| pos_at(root, path))
}

/// [`validate`], placing each problem at `pos(path)`. `pos` is called only
/// for problems found, so a valid file needs no tree.
pub fn validate_at(sc: &Scorecard, pos: impl FnMut(&str) -> Pos) -> Vec<Problem> {
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

    // One namespace for every id, so URLs are unambiguous. Ids are visited
    // in file order: sections, each with its metrics and items, then
    // relations.
    let owners = sc
        .sections
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            let metrics = s.metrics.iter().enumerate();
            let items = s.items.iter().enumerate();
            std::iter::once((s.id.as_str(), Owner::Section(i)))
                .chain(metrics.map(move |(j, m)| (m.id.as_str(), Owner::Metric(i, j))))
                .chain(items.map(move |(j, it)| (it.id.as_str(), Owner::Item(i, j))))
        })
        .chain(
            sc.relations
                .iter()
                .enumerate()
                .map(|(i, rel)| (rel.id.as_str(), Owner::Relation(i))),
        );
    {
        let mut seen: HashMap<&str, Owner> = HashMap::with_capacity(owners.size_hint().0);
        for (id, owner) in owners {
            if let Some(first) = seen.get(id) {
                let first = format!("{first}.id");
                let first_pos = (r.pos)(&first);
                r.add(
                    format!("{owner}.id"),
                    ProblemKind::DuplicateId,
                    format!("id \"{id}\" is already used at {first} ({first_pos})"),
                );
            } else {
                seen.insert(id, owner);
            }
        }
    }

    // References: metric parts and relations. Looked up through an index
    // (first metric with an id wins, as in `Scorecard::metric`): a linear
    // search per reference made 50,000 parts × 50,000 metrics take seconds.
    let mut by_id: HashMap<&str, Metrics> = HashMap::with_capacity(metric_count);
    for (i, s) in sc.sections.iter().enumerate() {
        for (j, m) in s.metrics.iter().enumerate() {
            let last = Owner::Metric(i, j);
            by_id
                .entry(m.id.as_str())
                .and_modify(|e| e.last = last)
                .or_insert(Metrics { first: m, last });
        }
    }
    let metric = |id: &str| by_id.get(id).map(|e| e.first);
    for (i, rel) in sc.relations.iter().enumerate() {
        if metric(&rel.total).is_none() {
            r.add(
                format!("relations[{i}].total"),
                ProblemKind::DanglingReference,
                format!("no metric has the id \"{}\"", rel.total),
            );
        }
    }
    // A metric's parts are reported under the last metric with its id.
    let metric_refs = sc
        .metrics()
        .map(|(_, m)| (by_id[m.id.as_str()].last, m.id.as_str(), &m.parts));
    let relation_refs = sc
        .relations
        .iter()
        .enumerate()
        .map(|(i, rel)| (Owner::Relation(i), rel.total.as_str(), &rel.parts));
    for (owner, total_id, parts) in metric_refs.chain(relation_refs) {
        let total = metric(total_id);
        for (k, part) in parts.iter().enumerate() {
            let part_path = format!("{owner}.parts[{k}]");
            match metric(part) {
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
                    if let Some(t) = total.filter(|t| t.unit.base != p.unit.base) {
                        r.add(
                            part_path,
                            ProblemKind::InvalidValue,
                            format!(
                                "\"{part}\" is in {} but \"{}\" is in {}; they cannot be compared",
                                p.unit.base.as_str(),
                                t.id,
                                t.unit.base.as_str()
                            ),
                        );
                    }
                }
            }
        }
    }

    // Arithmetic, once references and units are sound.
    if r.problems.is_empty() {
        for check in checks(sc).into_iter().filter(|c| !c.holds) {
            let path = match sc.relations.iter().position(|rel| rel.id == check.id) {
                Some(i) => format!("relations[{i}]"),
                None => format!("{}.parts", by_id[check.id].last),
            };
            let parts: Vec<String> = check
                .parts
                .iter()
                .map(|p| format!("{} ({})", p.id, stated(p, Lang::Zh)))
                .collect();
            let total = format!("{} ({})", check.total.id, stated(check.total, Lang::Zh));
            let message = match check.kind {
                RelationKind::Sum => format!(
                    "{total} ≠ {} = {} in {}",
                    parts.join(" + "),
                    number(check.sum, 2).trim_end_matches(".00"),
                    check.total.unit.base.as_str()
                ),
                RelationKind::AtMost => format!("not every part ≤ {total}: {}", parts.join(", ")),
            };
            r.add(path, ProblemKind::RelationFails, message);
        }
    }
    r.problems
}
