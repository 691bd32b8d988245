//! The banks shipped in `questions/`: every listed bank validates, and the AWS bank meets its content rules.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use exam_engine::bank::Bank;
use exam_engine::catalog::parse_catalog;
use exam_engine::stats::BankStats;
use exam_engine::validate::parse_bank;

fn questions_dir() -> &'static Path {
    Path::new(concat!(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        "/questions"
    ))
}

fn load(path: &str) -> Bank {
    let bytes = std::fs::read(questions_dir().join(path)).unwrap();
    parse_bank(path, &bytes).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_bank_listed_in_the_index_validates_with_the_listed_id() {
    let index = std::fs::read(questions_dir().join("index.json")).unwrap();
    let entries = parse_catalog(&index).unwrap();
    assert!(!entries.is_empty());
    for entry in entries {
        let bank = load(&entry.path);
        assert_eq!(bank.id().as_str(), entry.id, "{}", entry.path);
    }
}

#[test]
fn the_aws_bank_has_the_agreed_defaults_and_size() {
    let bank = load("aws-other-compute.json");
    assert!(
        bank.questions().len() >= 90,
        "{} questions",
        bank.questions().len()
    );
    assert_eq!(bank.default_question_count(), 20);
    assert_eq!(bank.default_time_limit_minutes(), 30);
    assert_eq!(bank.pass_mark().percent(), 70);
}

#[test]
fn the_aws_bank_has_at_least_six_choose_two_questions() {
    let bank = load("aws-other-compute.json");
    let choose_two = bank.questions().iter().filter(|q| q.choose() == 2).count();
    assert!(choose_two >= 6, "{choose_two}");
    for q in bank.questions().iter().filter(|q| q.choose() == 2) {
        assert!(
            q.prompt().source().contains("(Choose 2)"),
            "{} says so in its prompt",
            q.id()
        );
    }
}

#[test]
fn every_wrong_choice_in_the_aws_bank_says_why_it_is_wrong() {
    let bank = load("aws-other-compute.json");
    for q in bank.questions() {
        for c in q.choices().iter().filter(|c| !q.is_correct_choice(c.id())) {
            assert!(c.explanation().is_some(), "{} choice {}", q.id(), c.id());
        }
    }
}

#[test]
fn no_answer_letter_is_right_in_more_than_a_third_of_the_aws_questions() {
    let bank = load("aws-other-compute.json");
    let mut per_letter: BTreeMap<&str, usize> = BTreeMap::new();
    for q in bank.questions() {
        for id in q.answer() {
            *per_letter.entry(id.as_str()).or_default() += 1;
        }
    }
    let total = bank.questions().len();
    for (letter, count) in &per_letter {
        assert!(
            count * 3 <= total,
            "{letter} is right {count} times of {total}"
        );
    }
    assert!(per_letter.len() >= 4, "{per_letter:?}");
}

#[test]
fn the_aws_bank_covers_every_topic_with_several_questions() {
    let bank = load("aws-other-compute.json");
    for (i, topic) in bank.topics().iter().enumerate() {
        let n = bank
            .questions()
            .iter()
            .filter(|q| q.topic_index() == i)
            .count();
        assert!(n >= 4, "{topic} has {n} questions");
    }
}

/// The ten exam questions the project is modelled on, by the id of the question covering each.
const MODELLED_QUESTIONS: [(&str, &str); 10] = [
    ("lambda-pricing", "Lambda bills requests and compute time"),
    (
        "fargate-long-requests",
        "40-minute container jobs, no instances → Fargate",
    ),
    (
        "lightsail-simple-vps",
        "Lightsail: simplest VPS at a predictable price",
    ),
    (
        "docker-definition",
        "Docker runs apps the same way anywhere",
    ),
    (
        "lambda-event-driven",
        "event-driven means invoked when needed",
    ),
    (
        "ecs-you-manage-instances",
        "ECS: you manage the EC2 instances",
    ),
    (
        "serverless-incorrect-statement",
        "serverless does not mean no servers",
    ),
    (
        "lambda-not-min-max-instances",
        "min/max EC2 instances is Auto Scaling, not Lambda",
    ),
    (
        "batch-thousands-of-jobs",
        "thousands of jobs, no compute to manage → Batch",
    ),
    ("ecr-private-images", "private images for ECS/Fargate → ECR"),
];

#[test]
fn the_aws_bank_covers_the_ten_modelled_exam_questions() {
    let bank = load("aws-other-compute.json");
    let ids: HashSet<&str> = bank.questions().iter().map(|q| q.id().as_str()).collect();
    for (id, point) in MODELLED_QUESTIONS {
        assert!(ids.contains(id), "missing {id}: {point}");
    }
    let answer_text = |id: &str| {
        let q = bank
            .questions()
            .iter()
            .find(|q| q.id().as_str() == id)
            .unwrap();
        q.answer()
            .iter()
            .map(|a| q.choice(a).unwrap().text().plain_text())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    assert_eq!(
        answer_text("fargate-long-requests"),
        "AWS Fargate, with Amazon ECS"
    );
    assert_eq!(answer_text("batch-thousands-of-jobs"), "AWS Batch");
    assert_eq!(answer_text("ecr-private-images"), "Amazon ECR");
    assert_eq!(
        answer_text("serverless-incorrect-statement"),
        "No servers are involved anywhere"
    );
    assert!(answer_text("lambda-max-memory").contains("10 GB"));
}

/// Every piece of text a candidate reads in a question.
fn texts_of(bank: &Bank) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for q in bank.questions() {
        let id = q.id().to_string();
        out.push((id.clone(), q.prompt().source().to_owned()));
        out.push((id.clone(), q.explanation().source().to_owned()));
        for c in q.choices() {
            out.push((id.clone(), c.text().source().to_owned()));
            if let Some(why) = c.explanation() {
                out.push((id.clone(), why.source().to_owned()));
            }
        }
    }
    out
}

#[test]
fn at_most_about_a_third_of_the_aws_bank_is_on_lambda() {
    let bank = load("aws-other-compute.json");
    let lambda = bank
        .topics()
        .iter()
        .position(|t| t == "AWS Lambda")
        .unwrap();
    let on_lambda = bank
        .questions()
        .iter()
        .filter(|q| q.topic_index() == lambda)
        .count();
    assert!(
        on_lambda * 3 <= bank.questions().len(),
        "{on_lambda} of {}",
        bank.questions().len()
    );
}

#[test]
fn no_length_rank_holds_the_right_answer_of_more_than_35_percent_of_single_answer_questions() {
    let stats = BankStats::of(&load("aws-other-compute.json"));
    assert!(stats.single_answer >= 20, "{}", stats.single_answer);
    for (rank, count) in stats.right_by_length_rank.iter().enumerate() {
        assert!(
            count * 100 <= stats.single_answer * 35,
            "{}",
            stats.length_rank_sentence(rank)
        );
    }
}

#[test]
fn at_most_a_third_of_the_choose_n_questions_have_the_n_longest_choices_as_their_answers() {
    let stats = BankStats::of(&load("aws-other-compute.json"));
    assert!(
        stats.right_are_the_longest.len() * 3 <= stats.multi_answer,
        "{:?} of {}",
        stats.right_are_the_longest,
        stats.multi_answer
    );
}

#[test]
fn each_of_the_four_positions_holds_between_a_fifth_and_three_tenths_of_single_answer_keys() {
    let bank = load("aws-other-compute.json");
    let mut per_position = [0usize; 4];
    let mut single = 0;
    for q in bank.questions().iter().filter(|q| q.choose() == 1) {
        single += 1;
        let at = q
            .choices()
            .iter()
            .position(|c| q.is_correct_choice(c.id()))
            .unwrap();
        assert!(at < 4, "{} has its key past D", q.id());
        per_position[at] += 1;
    }
    for (at, count) in per_position.iter().enumerate() {
        assert!(
            count * 5 >= single && count * 10 <= single * 3,
            "position {at} holds {count} of {single} keys: {per_position:?}"
        );
    }
}

/// Phrases that mark a distractor no candidate would pick: an absurd claim, or one that says
/// nothing. The cure is a plausible distractor (a real service, a real feature, a real
/// misconception); this list only keeps the old jokes from coming back.
const JOKE_PATTERNS: [&str; 14] = [
    "there is no difference",
    "two names for the same",
    "can never be scaled",
    "cannot be done",
    "never need patches",
    "only be started by hand",
    "run only on aws",
    "its log file",
    "share of the application's revenue",
    "in another cloud",
    "pays nothing after",
    "no traffic is expected",
    "weeks, because",
    "bill for the tasks",
];

#[test]
fn no_wrong_choice_in_the_aws_bank_is_a_joke() {
    let bank = load("aws-other-compute.json");
    for q in bank.questions() {
        for c in q.choices().iter().filter(|c| !q.is_correct_choice(c.id())) {
            let text = c.text().plain_text().to_lowercase();
            for pattern in JOKE_PATTERNS {
                assert!(
                    !text.contains(pattern),
                    "{} choice {} reads as a joke: {text}",
                    q.id(),
                    c.id()
                );
            }
        }
    }
}

#[test]
fn every_aws_question_links_an_aws_page_that_backs_its_answer() {
    let bank = load("aws-other-compute.json");
    for q in bank.questions() {
        assert!(!q.references().is_empty(), "{} has no reference", q.id());
        for r in q.references() {
            let host = r
                .url()
                .strip_prefix("https://")
                .and_then(|rest| rest.split('/').next())
                .unwrap_or_else(|| panic!("{}: {} is not https", q.id(), r.url()));
            assert!(
                host == "aws.amazon.com"
                    || host.ends_with(".aws.amazon.com")
                    || host.ends_with(".amazonaws.com"),
                "{}: {} is not an AWS page",
                q.id(),
                r.url()
            );
        }
    }
}

#[test]
fn at_most_two_aws_questions_test_an_exact_price() {
    let bank = load("aws-other-compute.json");
    let priced: Vec<String> = bank
        .questions()
        .iter()
        .filter(|q| {
            q.choices().iter().any(|c| {
                let text = c.text().source();
                text.match_indices('$').any(|(at, _)| {
                    text[at + 1..]
                        .chars()
                        .next()
                        .is_some_and(|d| d.is_ascii_digit())
                })
            })
        })
        .map(|q| q.id().to_string())
        .collect();
    assert!(priced.len() <= 2, "{priced:?}");
}

#[test]
fn the_aws_bank_names_each_service_one_way() {
    const OTHER_NAMES: [&str; 16] = [
        "AWS ECS",
        "AWS ECR",
        "AWS EKS",
        "AWS EC2",
        "AWS S3",
        "AWS Lightsail",
        "AWS API Gateway",
        "AWS EventBridge",
        "AWS CloudFront",
        "Amazon Fargate",
        "Amazon Lambda",
        "Amazon Batch",
        "Amazon Step Functions",
        "Amazon Elastic Beanstalk",
        "Amazon Outposts",
        "Amazon Wavelength",
    ];
    for (id, text) in texts_of(&load("aws-other-compute.json")) {
        for name in OTHER_NAMES {
            assert!(!text.contains(name), "{id} writes \"{name}\"");
        }
    }
}

#[test]
fn the_aws_bank_covers_the_whole_area() {
    let bank = load("aws-other-compute.json");
    let ids: HashSet<&str> = bank.questions().iter().map(|q| q.id().as_str()).collect();
    for id in [
        "ecs-vs-eks",
        "fargate-for-eks",
        "eks-anywhere",
        "ecs-capacity-options",
        "ecs-managed-instances",
        "beanstalk-vs-lightsail-vs-ec2",
        "srm-ec2",
        "srm-fargate",
        "srm-lambda",
        "compute-savings-plans",
        "spot-instances",
        "fargate-spot",
        "lambda-graviton",
        "outposts",
        "local-zones",
        "wavelength",
        "lambda-at-edge",
        "cloudfront-functions",
        "step-functions-what-is",
        "lambda-function-url",
    ] {
        assert!(ids.contains(id), "nothing covers {id}");
    }
    let eks = bank
        .topics()
        .iter()
        .position(|t| t == "Amazon EKS")
        .unwrap();
    assert!(
        bank.questions()
            .iter()
            .filter(|q| q.topic_index() == eks)
            .count()
            >= 3
    );
}

#[test]
fn the_aws_bank_says_when_its_facts_were_checked() {
    assert!(load("aws-other-compute.json").facts_checked().is_some());
}

#[test]
fn the_default_aws_exam_draws_only_foundational_questions() {
    use exam_engine::bank::Level;
    use exam_engine::session::{ExamConfig, Session};
    let bank = load("aws-other-compute.json");
    let further = bank
        .questions()
        .iter()
        .filter(|q| q.level() == Level::GoingFurther)
        .count();
    assert!(
        further > 0 && further * 5 <= bank.questions().len(),
        "{further} going-further questions"
    );
    for seed in 0..20 {
        let session = Session::start(&bank, &ExamConfig::defaults_for(&bank, seed), 0).unwrap();
        for slot in session.slots() {
            let q = bank
                .questions()
                .iter()
                .find(|q| q.id() == slot.question_id())
                .unwrap();
            assert_eq!(q.level(), Level::Foundational, "seed {seed}: {}", q.id());
        }
    }
}
