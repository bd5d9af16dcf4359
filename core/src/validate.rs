//! Checks that span the whole file: unique ids, references that resolve,
//! comparable units and relations that hold.

use std::collections::HashMap;

use crate::checks::checks;
use crate::decode::MAX_METRICS;
use crate::error::{Pos, Problem, ProblemKind};
use crate::format::{number, stated};
use crate::json::{Node, Value};
use crate::model::{Metric, Scorecard};
use crate::types::{Lang, RelationKind};

/// Position of the value at `path` (`sections[2].metrics[0].id`) in the
/// tree, or of the deepest value that exists on the way.
pub fn pos_at(root: &Node, path: &str) -> Pos {
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

/// Whole-file checks of a decoded scorecard; `root` gives positions.
pub fn validate(sc: &Scorecard, root: &Node) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |path: String, kind: ProblemKind, message: String| {
        problems.push(Problem {
            pos: pos_at(root, &path),
            path,
            kind,
            message,
        });
    };

    let metric_count = sc.sections.iter().map(|s| s.metrics.len()).sum::<usize>();
    if metric_count > MAX_METRICS {
        report(
            "sections".into(),
            ProblemKind::TooMany,
            format!("{metric_count} metrics; the limit is {MAX_METRICS}"),
        );
    }

    // One namespace for every id, so URLs are unambiguous.
    let mut seen: HashMap<&str, String> = HashMap::new();
    let mut metric_paths: HashMap<&str, String> = HashMap::new();
    let mut ids: Vec<(&str, String)> = Vec::new();
    for (i, s) in sc.sections.iter().enumerate() {
        ids.push((&s.id, format!("sections[{i}].id")));
        for (j, m) in s.metrics.iter().enumerate() {
            let path = format!("sections[{i}].metrics[{j}]");
            metric_paths.insert(&m.id, path.clone());
            ids.push((&m.id, format!("{path}.id")));
        }
        for (j, item) in s.items.iter().enumerate() {
            ids.push((&item.id, format!("sections[{i}].items[{j}].id")));
        }
    }
    for (i, r) in sc.relations.iter().enumerate() {
        ids.push((&r.id, format!("relations[{i}].id")));
    }
    for (id, path) in ids {
        if let Some(first) = seen.get(id) {
            let first_pos = pos_at(root, first);
            report(
                path,
                ProblemKind::DuplicateId,
                format!("id \"{id}\" is already used at {first} ({first_pos})"),
            );
        } else {
            seen.insert(id, path);
        }
    }

    // References: metric parts and relations. Looked up through an index
    // (first metric with an id wins, as in `Scorecard::metric`): a linear
    // search per reference made 50,000 parts × 50,000 metrics take seconds.
    let mut by_id: HashMap<&str, &Metric> = HashMap::new();
    for (_, m) in sc.metrics() {
        by_id.entry(m.id.as_str()).or_insert(m);
    }
    let metric = |id: &str| by_id.get(id).copied();
    let mut refs: Vec<(String, &str, &str, &[String])> = Vec::new();
    for (_, m) in sc.metrics() {
        refs.push((
            metric_paths[m.id.as_str()].clone(),
            "parts",
            &m.id,
            &m.parts,
        ));
    }
    for (i, r) in sc.relations.iter().enumerate() {
        let path = format!("relations[{i}]");
        if metric(&r.total).is_none() {
            report(
                format!("{path}.total"),
                ProblemKind::DanglingReference,
                format!("no metric has the id \"{}\"", r.total),
            );
        }
        refs.push((path, "parts", &r.total, &r.parts));
    }
    for (path, field, total_id, parts) in &refs {
        let total = metric(total_id);
        for (k, part) in parts.iter().enumerate() {
            let part_path = format!("{path}.{field}[{k}]");
            match metric(part) {
                None => report(
                    part_path,
                    ProblemKind::DanglingReference,
                    format!("no metric has the id \"{part}\""),
                ),
                Some(p) if p.id == *total_id => report(
                    part_path,
                    ProblemKind::InvalidValue,
                    format!("\"{part}\" cannot be a part of itself"),
                ),
                Some(p) => {
                    if let Some(t) = total.filter(|t| t.unit.base != p.unit.base) {
                        report(
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
    if problems.is_empty() {
        for check in checks(sc).into_iter().filter(|c| !c.holds) {
            let path = match sc.relations.iter().position(|r| r.id == check.id) {
                Some(i) => format!("relations[{i}]"),
                None => format!("{}.parts", metric_paths[check.id]),
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
            problems.push(Problem {
                pos: pos_at(root, &path),
                path,
                kind: ProblemKind::RelationFails,
                message,
            });
        }
    }
    problems
}
