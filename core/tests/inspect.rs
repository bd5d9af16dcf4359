//! `inspect_str`: what an editor's tool gets of a file with problems.

use scorecard_core::draft::{draft, Options};
use scorecard_core::{inspect_str, load_str, write, Lang};

fn blank() -> String {
    let options = Options {
        id: "draft".into(),
        lang: Lang::Zh,
        today: String::new(),
    };
    let mut sc = draft("", &options);
    sc.source.retrieved = None;
    write::to_json(&sc).unwrap()
}

#[test]
fn a_valid_file_inspects_as_it_loads() {
    let text = std::fs::read_to_string("../data/lingling-2020.json").unwrap();
    let found = inspect_str(&text);
    assert!(found.problems.is_empty() && found.complete);
    assert_eq!(found.scorecard.unwrap(), load_str(&text).unwrap());
}

#[test]
fn problems_of_structure_keep_the_scorecard_editable() {
    let found = inspect_str(&blank());
    assert!(!found.problems.is_empty(), "a blank file has problems");
    assert!(found.scorecard.is_some());
    assert!(found.complete, "{:?}", found.problems);
}

#[test]
fn a_field_that_did_not_decode_makes_it_incomplete() {
    let text = std::fs::read_to_string("../data/lingling-2020.json").unwrap();
    let broken = text.replacen("\"direction\": \"", "\"direction\": 7, \"was\": \"", 1);
    let found = inspect_str(&broken);
    assert!(!found.problems.is_empty());
    assert!(
        !found.complete,
        "writing it back would drop what did not decode"
    );
}

#[test]
fn text_that_is_not_a_scorecard_has_none() {
    for text in ["", "{", "[1, 2]", "null"] {
        let found = inspect_str(text);
        assert!(
            found.scorecard.is_none() && !found.problems.is_empty(),
            "{text:?}"
        );
        assert!(!found.complete);
    }
}
