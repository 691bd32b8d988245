//! Banks kept in the browser: stored, read back through the validator, replaced, renamed, removed.

use crate::common;

use exam_engine::bank::Bank;
use exam_engine::library::{Added, KeptBank, Library};

fn kept(bank: Bank, source: &str) -> KeptBank {
    KeptBank {
        bank: std::rc::Rc::new(bank),
        source: source.to_owned(),
        format: "GIFT".to_owned(),
    }
}

#[test]
fn kept_banks_survive_being_stored_and_read_back() {
    let mut library = Library::default();
    assert_eq!(library.add(kept(common::bank(), "a.gift"), &[]), Added::New);
    let (restored, problems) = Library::restore(&library.to_json()).unwrap();
    assert!(problems.is_empty());
    assert_eq!(restored, library);
}

#[test]
fn a_bank_with_the_same_id_replaces_the_kept_one() {
    let mut library = Library::default();
    library.add(kept(common::bank(), "a.gift"), &[]);
    assert_eq!(
        library.add(kept(common::bank(), "b.gift"), &[]),
        Added::Replaced
    );
    assert_eq!(library.banks.len(), 1);
    assert_eq!(library.banks[0].source, "b.gift");
}

#[test]
fn a_bank_never_shadows_one_the_site_hosts() {
    let mut library = Library::default();
    let id = common::bank().id().to_string();
    let added = library.add(
        kept(common::bank(), "a.json"),
        &[&id, &format!("{id}.mine")],
    );
    let Added::Renamed(new_id) = added else {
        panic!("expected a rename, got {added:?}");
    };
    assert_eq!(new_id.as_str(), format!("{id}.mine2"));
    assert!(library.find(&id).is_none());
    assert!(library.find(new_id.as_str()).is_some());
}

#[test]
fn removing_a_kept_bank_says_whether_there_was_one() {
    let mut library = Library::default();
    library.add(kept(common::bank(), "a.gift"), &[]);
    let id = common::bank().id().to_string();
    assert!(library.remove(&id));
    assert!(!library.remove(&id));
    assert!(library.banks.is_empty());
}

#[test]
fn damaged_or_foreign_stored_data_is_refused_with_a_reason() {
    assert!(
        Library::restore("{not json")
            .unwrap_err()
            .to_string()
            .contains("damaged")
    );
    assert!(
        Library::restore(r#"{"format": 9, "banks": []}"#)
            .unwrap_err()
            .to_string()
            .contains("format 9")
    );
}

#[test]
fn a_kept_bank_that_no_longer_validates_is_left_out_and_named() {
    let mut library = Library::default();
    library.add(kept(common::bank(), "good.gift"), &[]);
    let mut value: serde_json::Value = serde_json::from_str(&library.to_json()).unwrap();
    let mut broken = value["banks"][0].clone();
    broken["source"] = "broken.gift".into();
    broken["bank"] = "{\"format\": 1}".into();
    value["banks"].as_array_mut().unwrap().push(broken);
    let (restored, problems) = Library::restore(&value.to_string()).unwrap();
    assert_eq!(restored.banks.len(), 1);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .to_string()
            .starts_with("the kept copy of broken.gift could not be read back"),
        "{problems:?}"
    );
}

#[test]
fn a_bank_too_large_to_keep_is_open_for_the_visit_but_left_out_of_storage() {
    let small = common::bank();
    let mut large = common::bank_json();
    large["id"] = "large".into();
    // Six prompts of 400,000 characters: over the two million a kept bank may take.
    let long_prompt = "word ".repeat(80_000);
    for question in large["questions"].as_array_mut().unwrap() {
        question["prompt"] = long_prompt.clone().into();
    }
    let large =
        exam_engine::validate::parse_bank("large.json", large.to_string().as_bytes()).unwrap();
    let mut library = Library::default();
    library.add(kept(small, "small.json"), &[]);
    library.add(kept(large, "large.json"), &[]);

    let too_large: Vec<&str> = library.too_large().map(|k| k.bank.id().as_str()).collect();
    assert_eq!(too_large, ["large"]);
    let stored = library.to_json();
    assert!(stored.len() < 100_000, "{} characters stored", stored.len());
    let (restored, problems) = Library::restore(&stored).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(restored.banks.len(), 1);
    assert!(restored.find("large").is_none());
}
