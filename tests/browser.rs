//! Browser tests (headless Chromium via wasm-bindgen-test): the start page lists hosted banks,
//! the runner checks a practice answer, and the results page scores and reviews an exam, all on
//! the tests' own fixture bank so that content edits never break them. Whole journeys through
//! the release build are in `tests/e2e/`.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use exam_practice::engine::bank::{Bank, Id};
use exam_practice::engine::catalog::{
    CatalogEntry, LoadedBank, load_bank, parse_catalog, with_figures,
};
use exam_practice::engine::results::Results;
use exam_practice::engine::session::{Action, ExamConfig, Mode, Session};
use exam_practice::ui::components::bank_list::{BankList, BankListProps, failed, skipped_notice};
use exam_practice::ui::pages::exam::{Runner, RunnerProps};
use exam_practice::ui::pages::results::{ResultsView, ResultsViewProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "browser/problem_words.rs"]
mod problem_words;

/// The fixture files, compiled in: the test runner's web server does not serve them.
fn bundled(path: &str) -> Result<Vec<u8>, String> {
    match path {
        "fixture-compute.json" => {
            Ok(include_bytes!("fixtures/e2e/questions/fixture-compute.json").to_vec())
        }
        other => Err(format!("{other} is not bundled with the test")),
    }
}

fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

async fn render(entries: Vec<CatalogEntry>) -> Element {
    let root = mount();
    yew::Renderer::<BankList>::with_root_and_props(
        root.clone(),
        BankListProps {
            entries: Rc::new(entries),
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

#[derive(Properties, PartialEq)]
struct ShowProps {
    html: Html,
}

/// Shows a piece of view, as the page that uses it would.
#[component]
fn Show(props: &ShowProps) -> Html {
    props.html.clone()
}

async fn render_html(html: Html) -> Element {
    let root = mount();
    yew::Renderer::<Show>::with_root_and_props(root.clone(), ShowProps { html }).render();
    yew::scheduler::flush().await;
    root
}

/// The element with this ARIA role and accessible name (given by `aria-label` or `aria-labelledby`).
fn by_role_and_name(root: &Element, role_selector: &str, name: &str) -> Option<Element> {
    let document = web_sys::window().unwrap().document().unwrap();
    let all = root.query_selector_all(role_selector).unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<Element>().ok())
        .find(|el| {
            let label = el.get_attribute("aria-label").or_else(|| {
                let id = el.get_attribute("aria-labelledby")?;
                document.get_element_by_id(&id)?.text_content()
            });
            label.as_deref() == Some(name)
        })
}

fn text(el: &Element) -> String {
    el.dyn_ref::<HtmlElement>()
        .map(|h| h.inner_text())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_start_page_lists_every_hosted_bank_with_the_figures_the_index_holds() {
    let entries = parse_catalog(include_bytes!("fixtures/e2e/questions/index.json")).unwrap();
    let (entries, problems) = with_figures(&entries, bundled);
    assert!(problems.is_empty(), "{problems:?}");
    let root = render(entries.clone()).await;

    let list =
        by_role_and_name(&root, "ul", "Question banks").expect("a list named Question banks");
    assert_eq!(
        list.query_selector_all(":scope > li").unwrap().length(),
        entries.len() as u32
    );

    let bank = by_role_and_name(&root, "article", "Fixture bank: Other Compute")
        .expect("an article named after the AWS bank");
    let shown = text(&bank);
    assert!(shown.contains("46"), "{shown}");
    assert!(shown.contains("20 questions in 30 minutes"), "{shown}");
    assert!(shown.contains("70%"), "{shown}");
    assert!(shown.contains("Lightsail"), "{shown}");
    // The description's markup became elements, not literal asterisks.
    assert!(
        bank.query_selector(".description strong")
            .unwrap()
            .is_some()
    );
    assert!(!shown.contains("**"), "{shown}");
}

#[wasm_bindgen_test]
async fn a_hand_written_index_lists_its_banks_by_title_ready_to_open() {
    let entries = parse_catalog(
        br#"{"banks": [{"path": "week3.gift", "id": "week3", "title": "Week 3 <i>quiz</i>"}]}"#,
    )
    .unwrap();
    let root = render(entries).await;
    let bank = by_role_and_name(&root, "article", "Week 3 <i>quiz</i>")
        .expect("listed under its title, as text");
    assert!(
        bank.query_selector("i").unwrap().is_none(),
        "bank text is never HTML"
    );
    let link = bank
        .query_selector("a.button")
        .unwrap()
        .expect("a link to open it");
    assert_eq!(text(&link), "Open Week 3 <i>quiz</i>");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#/bank/week3"));
}

#[wasm_bindgen_test]
async fn a_broken_hosted_bank_shows_every_error_when_opened() {
    let entries = parse_catalog(
        br#"{"banks": [{"path": "broken.json", "id": "broken", "title": "Broken <b>bank</b>"}]}"#,
    )
    .unwrap();
    let broken = br#"{"format": 1, "id": "broken", "title": "B", "description": "d",
        "topics": ["T"], "questions": [{"id": "q1", "topic": "T", "prompt": "<img src=x onerror=alert(1)>",
        "choices": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}], "answer": "e", "explanation": "x"}]}"#;
    let LoadedBank::Failed { entry, errors } = load_bank(&entries[0], Ok(broken.to_vec())) else {
        panic!("the bank cannot be used");
    };
    let root = render_html(failed(&entry.id, &entry.title, &errors)).await;

    let broken = by_role_and_name(&root, "article", "Broken <b>bank</b>")
        .expect("the broken bank is shown under its title, as text");
    assert!(
        broken.query_selector("b").unwrap().is_none(),
        "bank text is never HTML"
    );
    let errors = text(&by_role_and_name(&root, "ul", "Problems in Broken <b>bank</b>").unwrap());
    assert!(
        errors.contains(
            r#"broken.json:3: question "q1" (#1): answer "e" is not one of the choices a, b"#
        ),
        "{errors}"
    );
    assert!(
        errors.contains("the file's only question cannot be used"),
        "{errors}"
    );
}

#[wasm_bindgen_test]
async fn a_hosted_bank_with_one_bad_question_is_usable_and_says_what_was_left_out() {
    let entries =
        parse_catalog(br#"{"banks": [{"path": "typo.json", "id": "typo", "title": "Typo"}]}"#)
            .unwrap();
    let typo = br#"{"format": 1, "id": "typo", "title": "Week 3", "description": "d",
        "topics": ["T"], "questions": [
        {"id": "q1", "topic": "T", "prompt": "Good?", "choices": [{"id": "a", "text": "Yes"},
            {"id": "b", "text": "No"}], "answer": "a", "explanation": "x"},
        {"id": "q2", "topic": "T", "prompt": "Typo?", "choices": [{"id": "a", "text": "Yes"},
            {"id": "b", "text": "No"}], "answer": "c", "explanation": "x"}]}"#;
    let (listed, _) = with_figures(&entries, |_| Ok(typo.to_vec()));
    let root = render(listed).await;
    let bank = by_role_and_name(&root, "article", "Typo").expect("the bank is usable");
    let shown = text(&bank);
    assert!(
        shown
            .contains("1 of 2 questions has a problem and is left out; the bank's page lists why."),
        "{shown}"
    );
    assert!(
        bank.query_selector("a.button").unwrap().is_some(),
        "it can be opened"
    );

    let LoadedBank::Ready {
        bank,
        skipped,
        questions_in_file,
    } = load_bank(&entries[0], Ok(typo.to_vec()))
    else {
        panic!("the bank is usable");
    };
    let left_out = questions_in_file - bank.questions().len();
    let root = render_html(skipped_notice(
        bank.title(),
        &skipped,
        left_out,
        questions_in_file,
    ))
    .await;
    // Inside a closed <details>, so read as text content: it is not rendered until opened.
    let problems = by_role_and_name(&root, "ul", "Problems in Week 3")
        .and_then(|list| list.text_content())
        .unwrap_or_default();
    assert!(
        problems.contains(r#"typo.json:6: question "q2" (#2): answer "c" is not one of the choices a, b; the question is skipped"#),
        "{problems}"
    );
}

/// A finished two-question exam on the fixture bank: the first answered right, the second left
/// unanswered and flagged.
fn finished_session(bank: &exam_practice::engine::bank::Bank) -> Session {
    let config = ExamConfig {
        question_count: 2,
        shuffle_questions: false,
        shuffle_choices: false,
        ..ExamConfig::defaults_for(bank, 5)
    };
    let mut session = Session::start(bank, &config, 0).unwrap();
    let first = bank.question(session.current().question_id()).unwrap();
    session
        .apply(1_000, Action::Select(first.answer()[0].clone()))
        .unwrap();
    session.apply(2_000, Action::Next).unwrap();
    session.apply(3_000, Action::ToggleFlag).unwrap();
    session.apply(4_000, Action::Submit).unwrap();
    session
}

/// The results of `finished_session` on `bank`, drawn and settled.
async fn show_results(bank: &Rc<Bank>) -> Element {
    let session = finished_session(bank);
    let results = Rc::new(Results::of(&session, bank, 5_000));
    let root = mount();
    yew::Renderer::<ResultsView>::with_root_and_props(
        root.clone(),
        ResultsViewProps {
            bank: bank.clone(),
            session,
            results,
            now_ms: 5_000,
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn the_results_show_the_score_by_topic_and_a_review_of_each_question() {
    let bank = Rc::new(
        exam_practice::engine::validate::parse_bank(
            "fixture-compute.json",
            include_bytes!("fixtures/e2e/questions/fixture-compute.json"),
        )
        .unwrap(),
    );
    let root = show_results(&bank).await;

    let shown = text(&root);
    assert!(shown.contains("Results"), "{shown}");
    assert!(
        shown.contains("FAIL"),
        "1 of 2 is under the 70% pass mark: {shown}"
    );
    let review = root.query_selector_all("article.review-item").unwrap();
    assert_eq!(review.length(), 2, "one review item per question");
    assert!(shown.contains("Question 1: ✓ Correct"), "{shown}");
    assert!(
        shown.contains("Question 2: – Unanswered, flagged"),
        "{shown}"
    );
    assert!(
        root.query_selector("a[href*='only=']").unwrap().is_some(),
        "a retry of the missed question is offered"
    );
}

/// The element whose label (the `<label for>` of an input) contains `text`.
fn input_labelled(root: &Element, text: &str) -> Option<HtmlElement> {
    let labels = root.query_selector_all("label").unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    (0..labels.length())
        .filter_map(|i| labels.item(i)?.dyn_into::<Element>().ok())
        .find(|label| label.text_content().unwrap_or_default().contains(text))
        .and_then(|label| document.get_element_by_id(&label.get_attribute("for")?))
        .and_then(|input| input.dyn_into::<HtmlElement>().ok())
}

/// The button whose text is exactly `name`.
fn button_named(root: &Element, name: &str) -> Option<HtmlElement> {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
}

#[wasm_bindgen_test]
async fn the_runner_checks_a_practice_answer_and_says_good_job_with_the_reasons() {
    let bank = Rc::new(
        exam_practice::engine::validate::parse_bank(
            "fixture-compute.json",
            include_bytes!("fixtures/e2e/questions/fixture-compute.json"),
        )
        .unwrap(),
    );
    let config = ExamConfig {
        mode: Mode::Practice,
        question_count: 1,
        only_questions: vec![Id::parse("lambda-pricing").unwrap()],
        shuffle_questions: false,
        shuffle_choices: false,
        time_limit_ms: None,
        ..ExamConfig::defaults_for(&bank, 3)
    };
    let session = Session::start(&bank, &config, 0).unwrap();
    let root = mount();
    yew::Renderer::<Runner>::with_root_and_props(
        root.clone(),
        RunnerProps {
            bank,
            session,
            notice: None,
            save: false,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Question 1 of 1"), "{}", text(&root));

    input_labelled(&root, "The number of requests")
        .expect("the right choice")
        .click();
    yew::scheduler::flush().await;
    button_named(&root, "Check")
        .expect("a Check button")
        .click();
    yew::scheduler::flush().await;

    let shown = text(&root);
    assert!(shown.contains("✓ Good job!"), "{shown}");
    assert!(
        shown.contains("✓ Correct answer"),
        "the right choice is marked: {shown}"
    );
    assert!(
        button_named(&root, "Check").is_none(),
        "a checked answer cannot be checked again"
    );
}

#[wasm_bindgen_test]
async fn a_banks_language_marks_its_text_and_only_its_text_in_the_review() {
    let mut json: serde_json::Value = serde_json::from_slice(include_bytes!(
        "fixtures/e2e/questions/fixture-compute.json"
    ))
    .unwrap();
    json["language"] = "ar".into();
    let bank = Rc::new(
        exam_practice::engine::validate::parse_bank("arabic.json", json.to_string().as_bytes())
            .unwrap(),
    );
    let root = show_results(&bank).await;

    let prompt = root
        .query_selector("article.review-item .prompt")
        .unwrap()
        .unwrap();
    assert_eq!(prompt.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(prompt.get_attribute("dir").as_deref(), Some("rtl"));
    let explanation = root
        .query_selector("article.review-item .explanation")
        .unwrap()
        .unwrap();
    assert_eq!(explanation.get_attribute("lang").as_deref(), Some("ar"));
    let heading = root
        .query_selector("article.review-item h3")
        .unwrap()
        .unwrap();
    assert_eq!(
        heading.closest("[lang]").unwrap(),
        None,
        "the interface's words keep the page's language"
    );
}
