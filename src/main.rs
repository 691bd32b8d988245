//! The wasm entry point: mounts the Yew application on the page body.

fn main() {
    yew::Renderer::<exam_practice::ui::App>::new().render();
}
