//! The first module's entry point: draws an exam link's exam at once, asks for the whole app,
//! and hands the exam over to it when it has loaded (`exam_practice::web::handover`).

mod first_app;
mod first_runner;
mod listed_bank;

use exam_practice::engine::package::META_NAME;
use exam_practice::web::{handover, offline, page};

fn main() {
    // A package's page is the whole app's alone: it talks to the LMS, and registers no
    // service worker (the LMS serves it, and a worker would outlive it).
    if page::meta_content(META_NAME).is_none() {
        offline::register();
    }
    let Some(root) = handover::first::root() else {
        return;
    };
    let app = yew::Renderer::<first_app::FirstApp>::with_root(root).render();
    handover::first::install(move || app.destroy());
}
