//! For the benchmark only: the smallest Yew app that does what a candidate waits for on a cold
//! load (read a bank's JSON with serde, show the first question with its choices), so the
//! benchmark can set the app's figures against what Yew, wasm-bindgen and serde_json cost alone.

use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Deserialize, Clone, PartialEq)]
struct Bank {
    questions: Vec<Question>,
}

#[derive(Deserialize, Clone, PartialEq)]
struct Question {
    prompt: String,
    choices: Vec<Choice>,
}

#[derive(Deserialize, Clone, PartialEq)]
struct Choice {
    id: String,
    text: String,
}

/// The bank the page's inline script asked for, read and parsed.
async fn bank() -> Result<Bank, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let request: js_sys::Promise =
        js_sys::Reflect::get(&window, &"floorBank".into())?.dyn_into()?;
    let response: web_sys::Response = JsFuture::from(request).await?.dyn_into()?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    serde_json::from_slice(&bytes).map_err(|e| e.to_string().into())
}

#[component]
fn App() -> Html {
    let loaded = use_state(|| None::<Result<Bank, String>>);
    {
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(Some(bank().await.map_err(|e| format!("{e:?}"))));
            });
        });
    }
    let first = loaded
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .and_then(|b| b.questions.first().cloned());
    use_effect_with(first.is_some(), |shown| {
        if *shown && let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("first-question-interactive");
        }
    });
    match (&*loaded, first) {
        (None, _) => html! { <p>{ "Loading…" }</p> },
        (Some(Err(e)), _) => html! { <p role="alert">{ e.clone() }</p> },
        (Some(Ok(_)), None) => html! { <p role="alert">{ "The bank has no questions." }</p> },
        (Some(Ok(_)), Some(question)) => html! {
            <main>
                <h2>{ "Question 1" }</h2>
                <p>{ question.prompt }</p>
                <fieldset>
                    <legend>{ "Choose one" }</legend>
                    { for question.choices.iter().map(|c| html! {
                        <div>
                            <input type="radio" name="q" id={ c.id.clone() } />
                            <label for={ c.id.clone() }>{ c.text.clone() }</label>
                        </div>
                    }) }
                </fieldset>
            </main>
        },
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
