//! The handover from the first module to the whole app, two wasm modules on one page that speak
//! through one object on `window`, `examPracticeFirstModule`, with typed messages.
//!
//! The first module shows an exam link's exam while the whole app downloads. The whole app then
//! starts hidden, outside the document: the first module gives it the exam's lock without
//! releasing it (so no other tab can take it meanwhile), and the whole app opens the same exam
//! from the saved session (the path a reload takes) and draws it, while the first module runs
//! on. Once it is drawn, in one task: the first module says where focus and the scroll were and
//! stops, the whole app checks the saved session for anything done meanwhile (and draws that
//! first if so), shows itself in place of the first module's page, and puts focus and the scroll
//! back.

use std::cell::{Cell, RefCell};

use js_sys::{Function, Object, Promise, Reflect};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement};

use crate::web::{clock, js_error, tab_lock};

/// The object the first module puts on `window`.
const FIRST_MODULE: &str = "examPracticeFirstModule";
/// The start-up script's function that loads the whole app (index.html).
const LOAD_WHOLE_APP: &str = "examPracticeLoadWholeApp";
/// The element each module draws into.
/// The element the first module draws its page in.
pub const FIRST_ROOT_ID: &str = "first-module";
const WHOLE_ROOT_ID: &str = "whole-app";

/// What the first module tells the whole app as it stops.
#[derive(Serialize, Deserialize, Debug, Default, Clone, PartialEq)]
pub struct Handover {
    /// Where the focused element is in the first module's page: the child index at each level
    /// from its root. Both modules draw the same state the same way, so the same path finds the
    /// same element in the whole app's page.
    pub focus_path: Option<Vec<u32>>,
    /// How far the page was scrolled, in CSS pixels.
    pub scroll_y: f64,
    /// The session as the first module last had it (`Session::to_json`), which it also saved
    /// where the browser let it.
    pub session: Option<String>,
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn first_module_object() -> Option<Object> {
    let window: JsValue = window()?.into();
    Reflect::get(&window, &JsValue::from_str(FIRST_MODULE))
        .ok()
        .filter(JsValue::is_object)
        .map(JsCast::unchecked_into)
}

fn call(object: &Object, name: &str, arg: &JsValue) -> Option<JsValue> {
    let function: Function = Reflect::get(object, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()?;
    function.call1(object, arg).ok()
}

fn body() -> Option<HtmlElement> {
    window()?.document()?.body()
}

/// A new element with `id` for a module to draw into, at the end of the body when `attached`.
fn new_root(id: &str, hidden: bool, attached: bool) -> Option<Element> {
    let root = window()?.document()?.create_element("div").ok()?;
    root.set_id(id);
    root.set_class_name("app-root");
    if hidden {
        let _ = root.set_attribute("hidden", "");
    }
    if attached {
        body()?.append_child(&root).ok()?;
    }
    Some(root)
}

fn element_by_id(id: &str) -> Option<Element> {
    window()?.document()?.get_element_by_id(id)
}

/// The start page's bank list, written into the page at build time (scripts/post-build.mjs),
/// while it is there.
fn written_start_page() -> Option<Element> {
    window()?
        .document()?
        .query_selector("[data-prerendered]")
        .ok()
        .flatten()
}

/// The child indices from `root` down to `element`, or `None` when it is not inside `root`.
fn path_to(root: &Element, element: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut at = element.clone();
    while &at != root {
        let parent = at.parent_element()?;
        let children = parent.children();
        let index = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&at))?;
        path.push(index);
        at = parent;
    }
    path.reverse();
    Some(path)
}

fn element_at(root: &Element, path: &[u32]) -> Option<Element> {
    path.iter()
        .try_fold(root.clone(), |at, &index| at.children().item(index))
}

/// The side of the first module.
pub mod first {
    use super::*;

    thread_local! {
        /// Stops the first module's Yew app, once.
        static STOP: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
        /// The lock of the exam the first module runs, once it holds it.
        static LOCK: RefCell<Option<String>> = const { RefCell::new(None) };
        static WHOLE_APP: RefCell<Option<Promise>> = const { RefCell::new(None) };
        static NOTICE: RefCell<Option<String>> = const { RefCell::new(None) };
        /// Writes the running session as JSON, called once, at the handover.
        static SESSION: RefCell<Option<Box<dyn Fn() -> String>>> = const { RefCell::new(None) };
    }

    /// The session the first module runs, as `write` gives it (`Session::to_json`) when the
    /// whole app takes over: written then, not on every change, which the save already does.
    pub fn latest_session(write: impl Fn() -> String + 'static) {
        SESSION.with_borrow_mut(|latest| *latest = Some(Box::new(write)));
    }

    /// The element the first module draws into; none once the whole app has started (it does
    /// when the first module fails to start, and may then be first), which then has the page.
    pub fn root() -> Option<Element> {
        if element_by_id(WHOLE_ROOT_ID).is_some() {
            return None;
        }
        new_root(FIRST_ROOT_ID, false, true)
    }

    /// Puts the first module's side of the handover on `window`; `stop` ends its Yew app.
    pub fn install(stop: impl FnOnce() + 'static) {
        STOP.with_borrow_mut(|slot| *slot = Some(Box::new(stop)));
        let Some(window) = window() else {
            return;
        };
        let object = Object::new();
        let holds = Closure::<dyn Fn() -> JsValue>::new(|| {
            LOCK.with_borrow(|lock| lock.clone().map_or(JsValue::NULL, JsValue::from))
        });
        let give_lock = Closure::<dyn Fn(String) -> bool>::new(|name: String| {
            let ours = LOCK.with_borrow(|lock| lock.as_deref() == Some(name.as_str()));
            ours && tab_lock::give_within_tab(&name)
        });
        let hand_over = Closure::<dyn Fn() -> String>::new(hand_over);
        let notice = Closure::<dyn Fn() -> JsValue>::new(|| {
            NOTICE.with_borrow(|notice| notice.clone().map_or(JsValue::NULL, JsValue::from))
        });
        for (name, function) in [
            ("runningExamLock", holds.into_js_value()),
            ("giveLock", give_lock.into_js_value()),
            ("handOver", hand_over.into_js_value()),
            ("openingNotice", notice.into_js_value()),
        ] {
            let _ = Reflect::set(&object, &JsValue::from_str(name), &function);
        }
        let _ = Reflect::set(&window, &JsValue::from_str(FIRST_MODULE), &object);
    }

    /// The first module now runs the exam whose lock is `lock_name`.
    pub fn running(lock_name: &str) {
        LOCK.with_borrow_mut(|lock| *lock = Some(lock_name.to_owned()));
    }

    /// What opening the exam found to tell the candidate, to pass on.
    pub fn opened_with(notice: Option<String>) {
        NOTICE.with_borrow_mut(|kept| *kept = notice);
    }

    /// Stops the first module and says where the candidate was; its page stays, as a still
    /// copy, until the whole app shows itself.
    fn hand_over() -> String {
        let Some(window) = window() else {
            return String::new();
        };
        let root = element_by_id(FIRST_ROOT_ID);
        let focused = window.document().and_then(|d| d.active_element());
        let handover = Handover {
            focus_path: root
                .as_ref()
                .zip(focused)
                .and_then(|(root, focused)| path_to(root, &focused)),
            scroll_y: window.scroll_y().unwrap_or(0.0),
            session: SESSION.with_borrow_mut(Option::take).map(|write| write()),
        };
        if let Some(root) = &root
            && let Ok(copy) = root.clone_node_with_deep(true)
            && let Ok(copy) = copy.dyn_into::<Element>()
        {
            // The copy is still: it announces nothing (the whole app's live regions do, once it
            // shows) and takes no input.
            if let Ok(live) = copy.query_selector_all("[aria-live]") {
                for i in 0..live.length() {
                    if let Some(region) = live.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                        let _ = region.remove_attribute("aria-live");
                    }
                }
            }
            let _ = copy.set_attribute("inert", "");
            let _ = root.replace_with_with_node_1(&copy);
        }
        if let Some(stop) = STOP.with_borrow_mut(Option::take) {
            stop();
        }
        serde_json::to_string(&handover).unwrap_or_default()
    }

    /// Why the whole app could not load; the views say it in the interface's language.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum LoadError {
        /// The page has no start-up script that loads it.
        NoLoader,
        /// It did not download: the browser's message, when it gave one.
        NotDownloaded(Option<String>),
    }

    /// Asks the start-up script to load the whole app (once) and waits until it runs; an error
    /// when it cannot load.
    pub async fn load_whole_app() -> Result<(), LoadError> {
        let started = WHOLE_APP.with_borrow_mut(|started| {
            if started.is_none() {
                *started = window()
                    .and_then(|w| Reflect::get(&w, &JsValue::from_str(LOAD_WHOLE_APP)).ok())
                    .and_then(|f| f.dyn_into::<Function>().ok())
                    .and_then(|f| f.call0(&JsValue::NULL).ok())
                    .and_then(|p| p.dyn_into::<Promise>().ok());
            }
            started.clone()
        });
        let started = started.ok_or(LoadError::NoLoader)?;
        JsFuture::from(started)
            .await
            .map(drop)
            .map_err(|error| LoadError::NotDownloaded(js_error::message(&error)))
    }
}

thread_local! {
    /// Whether the whole app is still hidden behind the first module.
    static HIDDEN: Cell<bool> = const { Cell::new(false) };
    static TAKEN: RefCell<Option<Handover>> = const { RefCell::new(None) };
    static REVEALED: Cell<bool> = const { Cell::new(false) };
    /// The element the whole app draws into, which is outside the document while it is hidden
    /// behind the first module's exam.
    static WHOLE_ROOT: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// The element the whole app draws into: hidden while the first module runs an exam, which the
/// whole app then takes over, or while the start page written at build time shows.
///
/// Behind the first module's exam it is also kept out of the document until it shows: both
/// modules draw the same exam, with the same ids and the same radio names, and in one document
/// a choice the whole app draws checked would uncheck the candidate's choice on screen (radios
/// of one name are one group), and an id would find the other module's element.
pub fn whole_app_root() -> Option<Element> {
    let behind = first_module_object()
        .and_then(|object| call(&object, "runningExamLock", &JsValue::UNDEFINED))
        .is_some_and(|lock| lock.is_string());
    HIDDEN.with(|hidden| hidden.set(behind));
    let written = written_start_page().is_some();
    let root = new_root(WHOLE_ROOT_ID, behind || written, !behind)?;
    WHOLE_ROOT.with_borrow_mut(|kept| *kept = Some(root.clone()));
    Some(root)
}

/// Whether the first module holds the lock `lock_name`; if so it is now this module's to take
/// (the first module forgets it without releasing it).
pub fn first_module_holds(lock_name: &str) -> bool {
    HIDDEN.with(Cell::get)
        && first_module_object()
            .and_then(|object| call(&object, "giveLock", &JsValue::from_str(lock_name)))
            .is_some_and(|given| given.is_truthy())
}

/// Stops the first module, if it still runs, keeps where the candidate was, and returns the
/// session as the first module last had it.
pub fn take_over() -> Option<String> {
    let object = first_module_object()?;
    if let Some(window) = window() {
        let _ = Reflect::delete_property(&window, &JsValue::from_str(FIRST_MODULE));
    }
    clock::mark("handover-start");
    let told = call(&object, "handOver", &JsValue::UNDEFINED).and_then(|text| text.as_string());
    let mut handover: Option<Handover> = told.and_then(|text| serde_json::from_str(&text).ok());
    let session = handover.as_mut().and_then(|h| h.session.take());
    TAKEN.with_borrow_mut(|taken| *taken = handover);
    session
}

/// What the first module's opening of the exam told the candidate (saved progress set aside),
/// which the whole app's own opening no longer finds.
pub fn taken_notice() -> Option<String> {
    first_module_object()
        .and_then(|object| call(&object, "openingNotice", &JsValue::UNDEFINED))
        .and_then(|notice| notice.as_string())
}

/// Whether the whole app is hidden behind an exam the first module runs.
pub fn is_hidden() -> bool {
    HIDDEN.with(Cell::get)
}

/// Shows the whole app in place of the first module's page, once; with `restore_focus`, focus
/// goes back where the candidate left it (not when the page shown is another one, such as the
/// results of an exam submitted in the first module). The scroll always goes back.
pub fn reveal(restore_focus: bool) {
    if REVEALED.with(|revealed| revealed.replace(true)) {
        return;
    }
    HIDDEN.with(|hidden| hidden.set(false));
    let _ = take_over();
    if let Some(first) = element_by_id(FIRST_ROOT_ID) {
        first.remove();
    }
    // The start page written at build time (scripts/post-build.mjs), now that the app shows.
    if let Some(written) = written_start_page() {
        written.remove();
    }
    let Some(root) = WHOLE_ROOT.with_borrow(Clone::clone) else {
        return;
    };
    if !root.is_connected()
        && let Some(body) = body()
    {
        let _ = body.append_child(&root);
    }
    if root.has_attribute("hidden") {
        let _ = root.remove_attribute("hidden");
        let handover = TAKEN.with_borrow_mut(Option::take).unwrap_or_default();
        let focused = handover
            .focus_path
            .filter(|_| restore_focus)
            .and_then(|path| element_at(&root, &path))
            .and_then(|element| element.dyn_into::<HtmlElement>().ok());
        if let Some(element) = focused {
            let _ = element.focus();
        }
        // After focus, which may scroll to the element it moves to.
        if let Some(window) = window() {
            window.scroll_to_with_x_and_y(0.0, handover.scroll_y);
        }
    }
    clock::mark("whole-app-ready");
}
