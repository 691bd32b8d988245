//! The wasm entry point: mounts the Yew application on the page body.

fn main() {
    exam_practice::web::offline::register();
    yew::Renderer::<exam_practice::ui::App>::new().render();
}
