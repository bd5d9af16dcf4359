//! The engine's one sort. Rust compiles its sort afresh for each element
//! type and comparison, 2 to 5 KB of WASM each; here every caller sorts
//! positions through one comparison that is not generic, so the reader
//! carries the sort's code once.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, stably: items `cmp` finds equal keep their order.
pub fn by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut old: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    // `order` holds each position once, so every item is taken.
    items.extend(order.into_iter().filter_map(|i| old[i].take()));
}

/// Sorts `items` by `key`, stably.
pub fn by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `cmp` puts them, ties by position.
#[allow(clippy::disallowed_methods)] // the one sort the others call
fn positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        // Pseudo-random pairs with many equal keys: stability shows.
        let mut seed = 7u32;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            seed >> 16
        };
        for len in [0, 1, 2, 3, 20, 21, 500] {
            let items: Vec<(u32, u32)> = (0..len).map(|i| (next() % 7, i)).collect();
            let mut want = items.clone();
            #[allow(clippy::disallowed_methods)]
            want.sort_by_key(|p| p.0);
            let mut got = items.clone();
            by_key(&mut got, |p| p.0);
            assert_eq!(got, want, "{len} items");
            let mut desc = items;
            by(&mut desc, |a, b| b.0.cmp(&a.0));
            assert!(desc
                .windows(2)
                .all(|w| w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)));
        }
    }

    #[test]
    fn items_that_own_their_data_move_without_copies() {
        let mut words = vec![
            "pear".to_string(),
            "fig".into(),
            "apple".into(),
            "kiwi".into(),
        ];
        by_key(&mut words, String::len);
        assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
    }
}
