fn main() {
    let text: String = (0..10_000)
        .map(|i| format!("第{}村共有{}户脱贫户。\n", i + 1, 100 + i))
        .collect();
    let t = std::time::Instant::now();
    let f = scorecard_core::draft::figures(&text);
    println!("figures {} in {:?}", f.len(), t.elapsed());
    let t = std::time::Instant::now();
    let o = scorecard_core::draft::Options {
        id: "x".into(),
        lang: scorecard_core::Lang::Zh,
        today: "2026-01-01".into(),
    };
    let sc = scorecard_core::draft::draft(&text, &o);
    println!("draft {} in {:?}", sc.metrics().count(), t.elapsed());
    let t = std::time::Instant::now();
    let json = scorecard_core::write::to_json(&sc).unwrap();
    println!("write {} in {:?}", json.len(), t.elapsed());
    let t = std::time::Instant::now();
    let i = scorecard_core::inspect_str(&json);
    println!("inspect {} in {:?}", i.problems.len(), t.elapsed());
    let t = std::time::Instant::now();
    let c = scorecard_core::draft::coverage(&sc, &text);
    println!("coverage {} in {:?}", c.covered(), t.elapsed());
}
