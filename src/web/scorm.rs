//! The LMS's SCORM 1.2 API, when the app runs as a package: found by the standard search
//! through the parent frames and the opener, then `LMSInitialize`, `LMSGetValue`,
//! `LMSSetValue`, `LMSCommit` and `LMSFinish`. Without an LMS nothing here does anything.

use std::cell::RefCell;

use gloo::events::EventListener;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::clock;

/// SCORM 1.2 keeps at most this many characters of suspend data.
pub const SUSPEND_DATA_LIMIT: usize = 4096;

/// The most frames the search climbs, as the SCORM 1.2 run-time guide's example does.
const MAX_FRAMES: usize = 500;

/// The least time between two commits while the exam runs. LMSs send a commit to their server,
/// some of them with a request that holds the page until it returns, so not on every click; the
/// values themselves are set at once, and leaving the page or finishing commits them.
const COMMIT_EVERY_MS: u64 = 30_000;

struct Lms {
    api: JsValue,
    launched_ms: u64,
    suspend_data: Option<String>,
    learner_language: Option<String>,
    /// When the last commit was made, if one was.
    committed_ms: Option<u64>,
    /// Set once `LMSFinish` was called: the API takes nothing more.
    finished: bool,
    _pagehide: Option<EventListener>,
}

thread_local! {
    static LMS: RefCell<Option<Lms>> = const { RefCell::new(None) };
}

/// What looking for the LMS found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    /// No LMS around the page: the app runs as it does on any site.
    NoLms,
    Connected,
    Failed(LmsError),
}

/// Why the LMS did not take a call; the views say it in the interface's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LmsError {
    /// The LMS's API has no function of this name.
    Missing(&'static str),
    /// The function threw.
    Threw(&'static str),
    /// The LMS refused the call (written as `LMSSetValue(cmi.core.exit, suspend)`), with its
    /// error code and the text it gives for it.
    Refused {
        call: String,
        code: String,
        text: String,
    },
    /// The exam's progress is longer than SCORM 1.2 keeps: its length in characters.
    TooLong(usize),
}

fn get(object: &JsValue, key: &str) -> Option<JsValue> {
    // A frame of another origin throws on access: the search stops there.
    Reflect::get(object, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// The API in `start` or one of its parents.
fn search_from(start: JsValue) -> Option<JsValue> {
    let mut current = start;
    for _ in 0..MAX_FRAMES {
        if let Some(api) = get(&current, "API") {
            return Some(api);
        }
        let parent = get(&current, "parent")?;
        if Object::is(&parent, &current) {
            return None;
        }
        current = parent;
    }
    None
}

fn find_api() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    search_from(window.clone()).or_else(|| search_from(get(&window, "opener")?))
}

fn call(api: &JsValue, name: &'static str, args: &[&str]) -> Result<String, LmsError> {
    let function: Function = get(api, name)
        .and_then(|f| f.dyn_into().ok())
        .ok_or(LmsError::Missing(name))?;
    let list = Array::new();
    for arg in args {
        list.push(&JsValue::from_str(arg));
    }
    let result = function
        .apply(api, &list)
        .map_err(|_| LmsError::Threw(name))?;
    Ok(result.as_string().unwrap_or_default())
}

fn checked(api: &JsValue, name: &'static str, args: &[&str]) -> Result<(), LmsError> {
    match call(api, name, args)?.as_str() {
        "true" => Ok(()),
        _ => {
            // Why the LMS refused, in its words.
            let code = call(api, "LMSGetLastError", &[]).unwrap_or_default();
            let text = call(api, "LMSGetErrorString", &[&code]).unwrap_or_default();
            Err(LmsError::Refused {
                call: format!("{name}({})", args.join(", ")),
                code,
                text,
            })
        }
    }
}

/// SCORM 1.2's time span, `HHHH:MM:SS.SS`.
pub fn timespan(ms: u64) -> String {
    let centis = ms / 10;
    format!(
        "{:04}:{:02}:{:02}.{:02}",
        (centis / 360_000).min(9999),
        centis / 6_000 % 60,
        centis / 100 % 60,
        centis % 100
    )
}

fn session_time(lms: &Lms) -> String {
    timespan(clock::now_ms().saturating_sub(lms.launched_ms))
}

/// Finds the LMS and starts the attempt. When the page goes before the exam is reported, the
/// attempt is left suspended, to be resumed at the next launch.
pub fn connect() -> Connection {
    let Some(api) = find_api() else {
        return Connection::NoLms;
    };
    if let Err(problem) = checked(&api, "LMSInitialize", &[""]) {
        return Connection::Failed(problem);
    }
    let suspend_data = call(&api, "LMSGetValue", &["cmi.suspend_data"])
        .ok()
        .filter(|data| !data.is_empty());
    // SCORM 1.2 leaves the element optional: an LMS that does not keep it refuses the read.
    let learner_language = call(&api, "LMSGetValue", &["cmi.student_preference.language"])
        .ok()
        .filter(|language| !language.trim().is_empty());
    let pagehide = web_sys::window().map(|window| {
        EventListener::new(&window, "pagehide", |_| {
            LMS.with(|lms| {
                if let Some(lms) = lms.borrow_mut().as_mut().filter(|lms| !lms.finished) {
                    let time = session_time(lms);
                    let _ = checked(&lms.api, "LMSSetValue", &["cmi.core.exit", "suspend"]);
                    let _ = checked(&lms.api, "LMSSetValue", &["cmi.core.session_time", &time]);
                    let _ = checked(&lms.api, "LMSCommit", &[""]);
                    let _ = checked(&lms.api, "LMSFinish", &[""]);
                    lms.finished = true;
                }
            })
        })
    });
    LMS.with(|lms| {
        *lms.borrow_mut() = Some(Lms {
            api,
            launched_ms: clock::now_ms(),
            suspend_data,
            learner_language,
            committed_ms: None,
            finished: false,
            _pagehide: pagehide,
        })
    });
    Connection::Connected
}

/// Whether an LMS is connected and still takes values.
pub fn is_connected() -> bool {
    LMS.with(|lms| lms.borrow().as_ref().is_some_and(|lms| !lms.finished))
}

/// The learner's language as the LMS gave it at launch (`cmi.student_preference.language`), if
/// it gave one.
pub fn learner_language() -> Option<String> {
    LMS.with(|lms| lms.borrow().as_ref()?.learner_language.clone())
}

/// The suspend data the LMS held at launch, if any.
pub fn launch_suspend_data() -> Option<String> {
    LMS.with(|lms| {
        lms.borrow()
            .as_ref()
            .and_then(|lms| lms.suspend_data.clone())
    })
}

fn with_lms(f: impl FnOnce(&mut Lms) -> Result<(), LmsError>) -> Result<(), LmsError> {
    LMS.with(|lms| match lms.borrow_mut().as_mut() {
        Some(lms) if !lms.finished => f(lms),
        _ => Ok(()),
    })
}

/// Keeps the running exam in the LMS: its suspend data and "incomplete", committed at launch and
/// then at most every [`COMMIT_EVERY_MS`].
pub fn save_progress(suspend_data: &str) -> Result<(), LmsError> {
    if suspend_data.len() > SUSPEND_DATA_LIMIT {
        return Err(LmsError::TooLong(suspend_data.len()));
    }
    with_lms(|lms| {
        checked(&lms.api, "LMSSetValue", &["cmi.suspend_data", suspend_data])?;
        checked(
            &lms.api,
            "LMSSetValue",
            &["cmi.core.lesson_status", "incomplete"],
        )?;
        let now = clock::now_ms();
        if lms
            .committed_ms
            .is_none_or(|at| now.saturating_sub(at) >= COMMIT_EVERY_MS)
        {
            checked(&lms.api, "LMSCommit", &[""])?;
            lms.committed_ms = Some(now);
        }
        Ok(())
    })
}

/// Reports the finished exam: the score out of 100, passed or failed, the time of this launch,
/// the final suspend data (so a later launch shows the results); then commits and finishes.
pub fn report(score_percent: u32, passed: bool, suspend_data: &str) -> Result<(), LmsError> {
    with_lms(|lms| {
        let score = score_percent.min(100).to_string();
        let time = session_time(lms);
        let api = &lms.api;
        checked(api, "LMSSetValue", &["cmi.core.score.min", "0"])?;
        checked(api, "LMSSetValue", &["cmi.core.score.max", "100"])?;
        checked(api, "LMSSetValue", &["cmi.core.score.raw", &score])?;
        let status = if passed { "passed" } else { "failed" };
        checked(api, "LMSSetValue", &["cmi.core.lesson_status", status])?;
        checked(api, "LMSSetValue", &["cmi.core.session_time", &time])?;
        checked(api, "LMSSetValue", &["cmi.core.exit", ""])?;
        if suspend_data.len() <= SUSPEND_DATA_LIMIT {
            checked(api, "LMSSetValue", &["cmi.suspend_data", suspend_data])?;
        }
        checked(api, "LMSCommit", &[""])?;
        checked(api, "LMSFinish", &[""])?;
        lms.finished = true;
        Ok(())
    })
}
