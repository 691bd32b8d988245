//! The catalogue tool's behaviour: reading Fluent, checking a translation against English and
//! its language's plural forms, formatting, and the shipped catalogues themselves.

use std::path::Path;

use catalogue::compile::{
    ProblemKind, Read, check_against_english, check_file, plural_categories, read, read_dir,
    unused_in_code, unused_in_dirs,
};
use catalogue::{Arg, Locale, PluralCategory, format};

/// Russian's plural rule for whole numbers, written out, to format with as the page's `Intl` would.
struct Russian;

impl Locale for Russian {
    fn plural_category(&self, n: f64) -> PluralCategory {
        let n = n as u64;
        match (n % 10, n % 100) {
            (1, rest) if rest != 11 => PluralCategory::One,
            (2..=4, rest) if !(12..=14).contains(&rest) => PluralCategory::Few,
            _ => PluralCategory::Many,
        }
    }

    fn number(&self, n: f64) -> String {
        format!("{n}")
    }
}

fn english(source: &str) -> Read {
    read(source, "en.ftl", "en")
}

fn kinds(english: &Read, other: &Read, tag: &str) -> Vec<ProblemKind> {
    let mut problems: Vec<ProblemKind> = other.problems.iter().map(|p| p.kind.clone()).collect();
    problems.extend(
        check_file(other, "x.ftl", plural_categories(tag).as_ref())
            .into_iter()
            .chain(check_against_english(english, other, "x.ftl"))
            .map(|problem| problem.kind),
    );
    problems
}

fn formatted(read: &Read, id: &str, args: &[(&str, &Arg)]) -> String {
    let mut out = String::new();
    format(&read.catalogue.messages[id], args, &Russian, &mut out);
    out
}

const ENGLISH: &str = "language-name = English\n-brand = Exam Practice\nwelcome = Welcome to { -brand }\nquestions = { $count ->\n    [one] one question\n   *[other] { $count } questions\n}\n";

#[test]
fn terms_are_resolved_and_plurals_take_the_languages_forms() {
    let russian = read(
        "language-name = Русский\n-brand = Exam Practice\nwelcome = Добро пожаловать в { -brand }\nquestions = { $count ->\n    [one] { $count } вопрос\n    [few] { $count } вопроса\n   *[many] { $count } вопросов\n}\n",
        "ru.ftl",
        "ru",
    );
    assert!(
        kinds(&english(ENGLISH), &russian, "ru").is_empty(),
        "{:?}",
        kinds(&english(ENGLISH), &russian, "ru")
    );
    assert_eq!(
        formatted(&russian, "welcome", &[]),
        "Добро пожаловать в Exam Practice"
    );
    let count = |n: u64| formatted(&russian, "questions", &[("count", &Arg::from(n))]);
    assert_eq!(count(1), "1 вопрос");
    assert_eq!(count(3), "3 вопроса");
    assert_eq!(count(5), "5 вопросов");
    assert_eq!(count(11), "11 вопросов");
    assert_eq!(count(22), "22 вопроса");
}

#[test]
fn an_exact_number_case_wins_over_its_plural_form() {
    let read = english(
        "language-name = English\nleft = { $n ->\n    [0] none left\n    [one] one left\n   *[other] { $n } left\n}\n",
    );
    let left = |n: u64| formatted(&read, "left", &[("n", &Arg::from(n))]);
    assert_eq!(left(0), "none left");
    assert_eq!(left(21), "one left");
}

#[test]
fn a_russian_plural_without_its_few_form_is_reported() {
    let russian = read(
        "language-name = Русский\n-brand = Exam Practice\nwelcome = Добро пожаловать в { -brand }\nquestions = { $count ->\n    [one] { $count } вопрос\n   *[other] { $count } вопросов\n}\n",
        "ru.ftl",
        "ru",
    );
    let problems = kinds(&english(ENGLISH), &russian, "ru");
    assert!(
        problems.iter().any(|kind| matches!(kind, ProblemKind::MissingPluralForms { categories } if categories.contains(&"few".to_owned()))),
        "{problems:?}"
    );
}

#[test]
fn a_plural_form_english_does_not_have_is_reported() {
    let read = english(
        "language-name = English\nn = { $n ->\n    [one] one\n    [few] a few\n   *[other] many\n}\n",
    );
    let problems = kinds(&read, &read, "en");
    assert!(
        problems.contains(&ProblemKind::UnknownPluralCategory {
            category: "few".to_owned()
        }),
        "{problems:?}"
    );
}

#[test]
fn a_translation_with_other_variables_missing_or_extra_messages_is_reported_with_its_line() {
    let french = read(
        "language-name = Français\n-brand = Exam Practice\nwelcome = Bienvenue { $name }\nextra = En trop\n",
        "fr.ftl",
        "fr",
    );
    let checked = check_against_english(&english(ENGLISH), &french, "fr.ftl");
    let welcome = checked
        .iter()
        .find(|p| p.message.as_deref() == Some("welcome"))
        .expect("welcome's variables differ");
    assert_eq!(welcome.line, 3);
    assert!(
        matches!(&welcome.kind, ProblemKind::Placeholders { here, .. } if here == &["name".to_owned()])
    );
    assert!(
        checked
            .iter()
            .any(|p| p.message.as_deref() == Some("questions") && p.kind == ProblemKind::Missing)
    );
    assert!(
        checked
            .iter()
            .any(|p| p.message.as_deref() == Some("extra") && p.kind == ProblemKind::NotInEnglish)
    );
    assert!(
        welcome
            .to_string()
            .starts_with("fr.ftl:3: message `welcome`:"),
        "{welcome}"
    );
}

#[test]
fn text_fluent_cannot_read_attributes_and_functions_are_reported_and_the_rest_is_kept() {
    let read = english(
        "language-name = English\nbroken = { $n\nlabel = Label\n    .title = Title\ncount = { NUMBER($n) }\nfine = Fine\n",
    );
    let kinds: Vec<&ProblemKind> = read.problems.iter().map(|p| &p.kind).collect();
    assert!(
        kinds
            .iter()
            .any(|kind| matches!(kind, ProblemKind::Syntax(_))),
        "{kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .any(|kind| matches!(kind, ProblemKind::Attribute(name) if name == "title")),
        "{kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .any(|kind| matches!(kind, ProblemKind::Function(name) if name == "NUMBER")),
        "{kinds:?}"
    );
    let syntax = read
        .problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::Syntax(_)))
        .unwrap();
    assert_eq!(syntax.line, 2);
    assert!(read.catalogue.messages.contains_key("fine"));
}

#[test]
fn a_file_named_for_no_known_language_or_without_its_name_is_reported() {
    let read = read("welcome = Hi\n", "xx-nonsense.ftl", "qqq");
    let problems = check_file(&read, "qqq.ftl", plural_categories("qqq").as_ref());
    assert!(
        problems
            .iter()
            .any(|p| p.kind == ProblemKind::UnknownLanguage)
    );
    assert!(
        problems
            .iter()
            .any(|p| p.kind == ProblemKind::NoLanguageName)
    );
}

#[test]
fn an_english_message_no_code_names_is_unused() {
    let read = english("language-name = English\nexam-start = Start\nexam-stop = Stop\n");
    let problems = unused_in_code(&read, "en.ftl", &["text.get(Msg::ExamStart)".to_owned()]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].message.as_deref(), Some("exam-stop"));
}

#[test]
fn the_shipped_catalogues_are_complete_and_every_english_message_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let set = read_dir(&root.join("src/locales")).expect("src/locales reads");
    let mut problems = set.problems();
    let dirs = [root.join("src"), root.join("crates/first-question/src")];
    let dirs: Vec<&Path> = dirs.iter().map(|dir| dir.as_path()).collect();
    problems.extend(
        unused_in_dirs(&set.english.read, &set.english.file, &dirs).expect("the code reads"),
    );
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_compiled_catalogue_reads_back_as_it_was_written() {
    let read = read(
        "language-name = Русский\nq = { $n ->\n    [0] ничего\n    [one] { $n } вопрос\n    [few] { $n } вопроса\n   *[many] { $n } вопросов\n} в { $title }\n",
        "ru.ftl",
        "ru",
    );
    let json = serde_json::to_string(&read.catalogue).unwrap();
    let back: catalogue::Catalogue = serde_json::from_str(&json).unwrap();
    assert_eq!(back, read.catalogue);
    assert!(
        serde_json::from_str::<catalogue::Catalogue>(
            r#"{"language":"x","messages":{"a":[{"var":"n","select":"n"}]}}"#
        )
        .is_err()
    );
}
