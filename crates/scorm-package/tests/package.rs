//! The package tool run as a teacher runs it, on a stand-in for a built app: the zip has the
//! structure SCORM 1.2 requires, lists every file it holds, and carries the fixed exam.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// A folder shaped like `dist/`: a page, its script and wasm, a site bank and a service worker.
fn stand_in_dist(dir: &Path) {
    std::fs::create_dir_all(dir.join("questions")).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<!DOCTYPE html><html><head><title>Exam Practice</title><meta name=\"exam-practice-bank-paths\" content=\"\" /><script>start()</script></head><body></body></html>",
    )
    .unwrap();
    std::fs::write(dir.join("app-1.js"), "export default 1;").unwrap();
    std::fs::write(dir.join("app-1_bg.wasm"), [0u8, 97, 115, 109]).unwrap();
    std::fs::write(dir.join("questions/index.json"), "{\"banks\":[]}").unwrap();
    std::fs::write(dir.join("sw.js"), "// a service worker").unwrap();
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scorm-package-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_scorm-package"))
        .args(args)
        .current_dir(ROOT)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn entries(zip_path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip_path).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut content = Vec::new();
            file.read_to_end(&mut content).unwrap();
            let name = file.name().expect("UTF-8 names").to_string();
            (name, content)
        })
        .collect()
}

#[test]
fn a_package_has_the_manifest_scorm_12_requires_and_lists_every_file() {
    let dir = temp("ok");
    let dist = dir.join("dist");
    stand_in_dist(&dist);
    let out = dir.join("week3-scorm.zip");
    let (code, stdout, stderr) = run(&[
        "--dist",
        dist.to_str().unwrap(),
        "--bank",
        "tests/fixtures/import/containers.gift",
        "--count",
        "3",
        "--minutes",
        "10",
        "--pass",
        "60",
        "--seed",
        "2024",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("3 questions, 10 minutes, pass mark 60 %, seed 2024"),
        "{stdout}"
    );

    let files = entries(&out);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "imsmanifest.xml", "the manifest is at the root");
    assert!(
        !names.contains(&"sw.js"),
        "a package ships no service worker"
    );
    let manifest = String::from_utf8(files[0].1.clone()).unwrap();
    let doc = roxmltree::Document::parse(&manifest).expect("well-formed XML");
    const CP: &str = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    const ADLCP: &str = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(CP));
    assert_eq!(root.tag_name().name(), "manifest");
    let find = |name: &'static str| {
        doc.descendants()
            .filter(move |n| n.has_tag_name((CP, name)))
    };
    assert_eq!(find("schema").next().unwrap().text(), Some("ADL SCORM"));
    assert_eq!(find("schemaversion").next().unwrap().text(), Some("1.2"));
    let organizations = find("organizations").next().unwrap();
    let default = organizations.attribute("default").unwrap();
    let organization = find("organization")
        .find(|o| o.attribute("identifier") == Some(default))
        .unwrap();
    let item = organization
        .children()
        .find(|n| n.has_tag_name((CP, "item")))
        .unwrap();
    let resources: Vec<_> = find("resource").collect();
    assert_eq!(resources.len(), 1, "one SCO");
    let sco = resources[0];
    assert_eq!(item.attribute("identifierref"), sco.attribute("identifier"));
    assert_eq!(sco.attribute((ADLCP, "scormtype")), Some("sco"));
    assert_eq!(sco.attribute("type"), Some("webcontent"));
    assert_eq!(sco.attribute("href"), Some("index.html"));
    let mastery = item
        .children()
        .find(|n| n.has_tag_name((ADLCP, "masteryscore")))
        .unwrap();
    assert_eq!(mastery.text(), Some("60"));
    let mut listed: Vec<&str> = sco
        .children()
        .filter(|n| n.has_tag_name((CP, "file")))
        .map(|f| f.attribute("href").unwrap())
        .collect();
    listed.sort_unstable();
    let mut held: Vec<&str> = names[1..].to_vec();
    held.sort_unstable();
    assert_eq!(
        listed, held,
        "every file in the zip is listed, and only those"
    );

    let page = files.iter().find(|(n, _)| n == "index.html").unwrap();
    let page = String::from_utf8_lossy(&page.1);
    assert!(
        page.contains("<meta name=\"exam-practice-package\" content=\"bank=containers&amp;package=containers-s2024-n3&amp;mode=exam&amp;count=3&amp;seed=2024&amp;time=10\">"),
        "{page}"
    );
    // The start-up script reads the tag to ask for the package's bank at once, so it comes first.
    assert!(
        page.find("exam-practice-package") < page.find("<script>"),
        "{page}"
    );
    let bank = files
        .iter()
        .find(|(n, _)| n == "questions/containers.json")
        .unwrap();
    let bank: serde_json::Value = serde_json::from_slice(&bank.1).unwrap();
    assert_eq!(bank["pass_mark_percent"], 60);
    assert_eq!(bank["default_question_count"], 3);
    assert_eq!(bank["default_time_limit_minutes"], 10);
    let index = files
        .iter()
        .find(|(n, _)| n == "questions/index.json")
        .unwrap();
    assert!(String::from_utf8_lossy(&index.1).contains("\"path\": \"containers.json\""));
}

#[test]
fn a_bank_with_problems_or_no_built_app_is_refused_with_the_reason() {
    let dir = temp("bad");
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = dir.join("x.zip");
    let (code, _, stderr) = run(&[
        "--dist",
        empty.to_str().unwrap(),
        "--bank",
        "tests/fixtures/import/containers.gift",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("no index.html; build the app first"),
        "{stderr}"
    );
    let broken = dir.join("broken.gift");
    std::fs::write(
        &broken,
        "::q1:: What? {=yes ~no}\n\n::q2:: Broken {~a ~b}\n",
    )
    .unwrap();
    let dist = dir.join("dist");
    stand_in_dist(&dist);
    let (code, _, stderr) = run(&[
        "--dist",
        dist.to_str().unwrap(),
        "--bank",
        broken.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("fix these questions first"), "{stderr}");
    let (code, _, stderr) = run(&["--dist", "d", "--bank", "b", "--out", "o", "--pass", "120"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--pass 120: a percentage from 0 to 100"),
        "{stderr}"
    );
}

#[test]
fn a_package_can_grant_every_candidate_extra_time_such_as_esl_30_minutes() {
    let dir = temp("extra");
    let dist = dir.join("dist");
    stand_in_dist(&dist);
    let out = dir.join("week3-esl.zip");
    let (code, stdout, stderr) = run(&[
        "--dist",
        dist.to_str().unwrap(),
        "--bank",
        "tests/fixtures/import/containers.gift",
        "--count",
        "3",
        "--minutes",
        "10",
        "--extra",
        "esl30",
        "--seed",
        "2024",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("3 questions, 10 minutes, extra time esl30, pass mark"),
        "{stdout}"
    );
    let files = entries(&out);
    let page = files.iter().find(|(n, _)| n == "index.html").unwrap();
    let page = String::from_utf8_lossy(&page.1);
    // The link grants the extra time; the package's own name carries it, so its saved data
    // stays apart from a standard package of the same exam.
    assert!(
        page.contains("content=\"bank=containers&amp;package=containers-s2024-n3-xesl30&amp;mode=exam&amp;count=3&amp;seed=2024&amp;time=10&amp;extra=esl30\""),
        "{page}"
    );
    // The bank keeps the limit before the extra time: the app adds the 30 minutes once.
    let bank = files
        .iter()
        .find(|(n, _)| n == "questions/containers.json")
        .unwrap();
    let bank: serde_json::Value = serde_json::from_slice(&bank.1).unwrap();
    assert_eq!(bank["default_time_limit_minutes"], 10);

    let (code, _, stderr) = run(&["--dist", "d", "--bank", "b", "--out", "o", "--extra", "esl"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--extra esl: extra time is 1, 1.5, 2, esl30 or untimed"),
        "{stderr}"
    );
}
