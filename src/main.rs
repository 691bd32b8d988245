//! The wasm entry point: mounts the Yew application on the page body.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    // A package registers no service worker: the LMS serves it, and a worker would outlive it.
    if !exam_practice::ui::stores::package::start() {
        exam_practice::web::offline::register();
    }
    // Drawn apart from the first module's page, and hidden while the first module runs an exam
    // this app then takes over (web::handover).
    match exam_practice::web::handover::whole_app_root() {
        Some(root) => yew::Renderer::<exam_practice::ui::App>::with_root(root).render(),
        None => yew::Renderer::<exam_practice::ui::App>::new().render(),
    };
}

thread_local! {
    /// The bank `bench_import` read last, kept as the app keeps a loaded bank.
    static BENCH_BANK: std::cell::RefCell<Option<exam_practice::engine::bank::Bank>> = const { std::cell::RefCell::new(None) };
}

/// For the benchmark (`bench/run.mjs`): reads and checks a bank file's bytes exactly as the app
/// does when it loads a listed bank, and returns the number of questions (0 when it has problems).
/// The bank is kept, as the app keeps it, until `bench_release`: freeing it is not part of
/// reading it (the baseline's JS leaves its copy to a later garbage collection, untimed).
#[wasm_bindgen]
pub fn bench_import(bytes: &[u8]) -> usize {
    use exam_practice::engine::catalog::{CatalogEntry, import_json_entry};
    use exam_practice::engine::import::Lint;
    let entry = CatalogEntry {
        path: "bench.json".to_owned(),
        id: "aws-other-compute".to_owned(),
        title: "Benchmark".to_owned(),
        language: None,
        figures: None,
    };
    let bank = import_json_entry(&entry, bytes, Lint::Skip).bank.ok();
    let questions = bank.as_ref().map_or(0, |bank| bank.questions().len());
    BENCH_BANK.with(|kept| *kept.borrow_mut() = bank);
    questions
}

/// For the benchmark: frees the bank `bench_import` kept.
#[wasm_bindgen]
pub fn bench_release() {
    BENCH_BANK.with(|kept| kept.borrow_mut().take());
}

/// For the benchmark: the bytes of linear memory the wasm module holds now (it only grows).
#[wasm_bindgen]
pub fn bench_wasm_memory_bytes() -> usize {
    #[cfg(target_arch = "wasm32")]
    return core::arch::wasm32::memory_size(0) * 65_536;
    #[cfg(not(target_arch = "wasm32"))]
    return 0;
}
