//! One tab per running exam, through the browser's Web Locks API: a tab holds the exam's lock
//! while it shows the exam, another tab can take it over, and the browser tells the first.
//!
//! A lock, unlike a flag in storage, is released by the browser itself when a tab closes or
//! crashes, so a closed tab never blocks the exam. Within one tab the lock is shared: moving
//! from an exam to its retry keeps it, and it is released a moment after the last exam page
//! of that bank goes. Browsers without Web Locks run unguarded.

use std::cell::RefCell;
use std::collections::HashMap;

use gloo::timers::callback::Timeout;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["navigator", "locks"], js_name = request, catch)]
    fn request_lock(name: &str, options: &JsValue, callback: &Function)
    -> Result<Promise, JsValue>;
}

/// How long a lock no exam page uses is kept, so the next page of the same tab can take it on.
const RELEASE_DELAY_MS: u32 = 1_000;

/// How often, and how far apart, a lock held elsewhere is asked for again before another tab is
/// said to have it. A page being reloaded or closed gives its lock back only once it is gone, a
/// moment after its successor may already ask, so a reload must not read as a second tab.
const BUSY_RETRIES: u32 = 4;
const BUSY_RETRY_MS: u32 = 250;

type Listener = Box<dyn FnOnce()>;

/// A lock this tab holds, with the exam pages using it.
struct Held {
    release: Function,
    users: usize,
    next_listener: u64,
    /// Told when another tab takes the lock, by listener number.
    on_lost: HashMap<u64, Listener>,
    pending_release: Option<Timeout>,
}

thread_local! {
    static HELD: RefCell<HashMap<String, Held>> = RefCell::default();
    /// Requests this tab has made and the browser has not answered yet, by lock name: a page
    /// that asks meanwhile (the same exam page shown again as the app settles) waits for that
    /// answer instead of asking again, which would find its own tab holding the lock.
    static ASKING: RefCell<HashMap<String, Promise>> = RefCell::default();
}

/// One exam page's use of a held lock; dropping it gives the use back.
pub struct LockUse {
    name: String,
    listener: u64,
}

impl Drop for LockUse {
    fn drop(&mut self) {
        HELD.with_borrow_mut(|held| {
            let Some(entry) = held.get_mut(&self.name) else {
                return;
            };
            entry.on_lost.remove(&self.listener);
            entry.users = entry.users.saturating_sub(1);
            if entry.users == 0 {
                let name = self.name.clone();
                entry.pending_release = Some(Timeout::new(RELEASE_DELAY_MS, move || {
                    let released = HELD.with_borrow_mut(|held| match held.get(&name) {
                        Some(entry) if entry.users == 0 => held.remove(&name),
                        _ => None,
                    });
                    if let Some(entry) = released {
                        let _ = entry.release.call0(&JsValue::NULL);
                    }
                }));
            }
        });
    }
}

/// What asking for an exam's lock found.
pub enum Claim {
    /// This tab has it; `None` where the browser has no Web Locks.
    Held(Option<LockUse>),
    /// Another tab has it.
    Elsewhere,
}

fn has_web_locks() -> bool {
    Reflect::get(&js_sys::global(), &JsValue::from_str("navigator"))
        .and_then(|navigator| Reflect::has(&navigator, &JsValue::from_str("locks")))
        .unwrap_or(false)
}

/// Adds a use (and its `on_lost`) to a lock this tab already holds.
fn reuse(name: &str, on_lost: Listener) -> Option<LockUse> {
    HELD.with_borrow_mut(|held| {
        let entry = held.get_mut(name)?;
        entry.pending_release = None;
        entry.users += 1;
        let listener = entry.next_listener;
        entry.next_listener += 1;
        entry.on_lost.insert(listener, on_lost);
        Some(LockUse {
            name: name.to_owned(),
            listener,
        })
    })
}

/// Gives the lock `name` to another module of this same tab, which takes it over at once (the
/// whole app from the first module): this module forgets it without releasing it, so no other
/// tab can take it meanwhile, and tells none of its pages, which are going. False when this
/// module does not hold it.
pub fn give_within_tab(name: &str) -> bool {
    HELD.with_borrow_mut(|held| held.remove(name)).is_some()
}

/// Another tab took the lock: forget it and tell every page that used it.
fn lost(name: &str) {
    let entry = HELD.with_borrow_mut(|held| held.remove(name));
    for (_, listener) in entry.map(|e| e.on_lost).unwrap_or_default() {
        listener();
    }
}

/// Asks for the lock named `name`; with `take_over`, takes it from whichever tab has it.
/// `on_lost` runs if another tab later takes it from this one.
pub async fn claim(name: &str, take_over: bool, on_lost: impl FnOnce() + 'static) -> Claim {
    if !has_web_locks() {
        return Claim::Held(None);
    }
    let on_lost: Listener = Box::new(on_lost);
    if let Some(asking) = ASKING.with_borrow(|asking| asking.get(name).cloned()) {
        let _ = JsFuture::from(asking).await;
    }
    if HELD.with_borrow(|held| held.contains_key(name)) {
        // This tab has it already: moving from one exam page to the next, or taking back an
        // exam it still holds.
        return Claim::Held(reuse(name, on_lost));
    }
    let mut held = request(name, take_over).await;
    for _ in 0..BUSY_RETRIES {
        if held {
            break;
        }
        wait_ms(BUSY_RETRY_MS).await;
        held = request(name, take_over).await;
    }
    if !held {
        return Claim::Elsewhere;
    }
    // `None` where the browser could not take the request: the exam then runs unguarded.
    Claim::Held(reuse(name, on_lost))
}

/// Resolves after `ms` milliseconds.
async fn wait_ms(ms: u32) {
    let elapsed = Promise::new(&mut |resolve, _| {
        Timeout::new(ms, move || {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        })
        .forget();
    });
    let _ = JsFuture::from(elapsed).await;
}

/// Records a lock the browser granted as held by this tab, with nobody using it yet.
fn record_held(name: &str, release: Function) {
    HELD.with_borrow_mut(|held| {
        held.insert(
            name.to_owned(),
            Held {
                release,
                users: 0,
                next_listener: 0,
                on_lost: HashMap::new(),
                pending_release: None,
            },
        )
    });
}

/// Asks the browser for the lock and, when granted, records it as held by this tab; false when
/// another tab holds it.
async fn request(name: &str, take_over: bool) -> bool {
    let granted = {
        let name = name.to_owned();
        Promise::new(&mut move |tell, _| {
            let tell_grant = tell.clone();
            let granted_name = name.clone();
            let on_grant = Closure::once_into_js(move |lock: JsValue| -> Promise {
                if lock.is_null() {
                    let _ = tell_grant.call1(&JsValue::NULL, &JsValue::FALSE);
                    return Promise::resolve(&JsValue::UNDEFINED);
                }
                // The lock is held until this promise settles, which releasing it does. It is
                // recorded before anyone is told, so every page waiting for the answer finds it.
                let held_until =
                    Promise::new(&mut |resolve, _| record_held(&granted_name, resolve));
                let _ = tell_grant.call1(&JsValue::NULL, &JsValue::TRUE);
                held_until
            });
            let options = Object::new();
            let key = if take_over { "steal" } else { "ifAvailable" };
            let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::TRUE);
            match request_lock(&name, &options, on_grant.unchecked_ref()) {
                Ok(request) => {
                    // The request fails (AbortError) when another tab steals the lock.
                    let name = name.clone();
                    let on_steal = Closure::once(move |_: JsValue| lost(&name));
                    let _ = request.catch(&on_steal);
                    // Kept for the page's life: it may run at any time until the page goes.
                    on_steal.forget();
                }
                Err(_) => {
                    let _ = tell.call1(&JsValue::NULL, &JsValue::TRUE);
                }
            }
        })
    };
    ASKING.with_borrow_mut(|asking| asking.insert(name.to_owned(), granted.clone()));
    let held = JsFuture::from(granted)
        .await
        .map(|v| v.is_truthy())
        .unwrap_or(true);
    ASKING.with_borrow_mut(|asking| asking.remove(name));
    held
}
