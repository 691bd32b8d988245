//! The wasm entry point: mounts the Yew application on the page body.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    exam_practice::web::offline::register();
    yew::Renderer::<exam_practice::ui::App>::new().render();
}

/// For the benchmark (`bench/run.mjs`): reads and checks a bank file's bytes exactly as the app
/// does when it loads a listed bank, and returns the number of questions (0 when it has problems).
#[wasm_bindgen]
pub fn bench_import(bytes: &[u8]) -> usize {
    use exam_practice::engine::catalog::{CatalogEntry, import_entry};
    use exam_practice::engine::import::Lint;
    let entry = CatalogEntry {
        path: "bench.json".to_owned(),
        id: "aws-other-compute".to_owned(),
        title: "Benchmark".to_owned(),
    };
    import_entry(&entry, bytes, Lint::Skip)
        .bank
        .map_or(0, |bank| bank.questions().len())
}

/// For the benchmark: the bytes of linear memory the wasm module holds now (it only grows).
#[wasm_bindgen]
pub fn bench_wasm_memory_bytes() -> usize {
    #[cfg(target_arch = "wasm32")]
    return core::arch::wasm32::memory_size(0) * 65_536;
    #[cfg(not(target_arch = "wasm32"))]
    return 0;
}
