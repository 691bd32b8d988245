//! The countdown: it owns the exam's clock, so a tick re-renders only the clock, never the
//! question. It reads the deadline (a value), not a count of ticks.

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::timer::{format_clock, reads_the_same, time_warning};
use crate::engine::session::Countdown as Clock;
use crate::ui::messages::Msg;
use crate::ui::text::use_text;
use crate::web::clock;

#[derive(Properties, PartialEq)]
pub struct CountdownProps {
    pub clock: Clock,
    /// Told once the deadline has passed, so the exam can end as timed out.
    pub on_time_up: Callback<()>,
    /// Told what to read out when the candidate asks for the time left.
    pub on_speak: Callback<String>,
}

/// The time left, a way to hide it, a button that reads it out, and the screen-reader warnings
/// at five minutes and one minute.
#[component]
pub fn Countdown(props: &CountdownProps) -> Html {
    let text = use_text();
    let now_ms = use_state(clock::now_ms);
    // The reading on screen, for the timer's callbacks: a state handle they hold would keep
    // the value of the render that made them.
    let shown_ms = use_mut_ref(|| *now_ms);
    let hidden = use_state(|| false);
    let remaining = props.clock.remaining_ms(*now_ms);

    // Re-read now every quarter second, and whenever the tab shows again, since browsers slow
    // timers in hidden tabs. A reading that shows the same second changes nothing, so nothing
    // renders.
    {
        let now_ms = now_ms.clone();
        let shown_ms = shown_ms.clone();
        let deadline = props.clock;
        let on_time_up = props.on_time_up.clone();
        use_effect_with(deadline, move |deadline| {
            let deadline = *deadline;
            let read = move || {
                let now = clock::now_ms();
                let after = deadline.remaining_ms(now);
                if after == 0 {
                    on_time_up.emit(());
                }
                let before = deadline.remaining_ms(*shown_ms.borrow());
                if !reads_the_same(Some(before), Some(after)) {
                    *shown_ms.borrow_mut() = now;
                    now_ms.set(now);
                }
            };
            let interval = Interval::new(250, read.clone());
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .map(|d| EventListener::new(&d, "visibilitychange", move |_| read()));
            move || drop((interval, visible))
        });
    }

    let toggle = {
        let hidden = hidden.clone();
        Callback::from(move |_| hidden.set(!*hidden))
    };
    let speak = {
        let deadline = props.clock;
        let on_speak = props.on_speak.clone();
        let text = text.clone();
        Callback::from(move |_| {
            on_speak.emit(text.get(Msg::ExamTimeLeftSpoken {
                time: format_clock(deadline.remaining_ms(clock::now_ms())).into(),
            }))
        })
    };
    let warning = time_warning(Some(remaining))
        .map(|minutes| {
            text.get(Msg::ExamTimeWarning {
                minutes: minutes.into(),
            })
        })
        .unwrap_or_default();
    html! {
        <>
            <div class="timer">
                if !*hidden {
                    <span class="timer-label" aria-hidden="true">{ text.get(Msg::ExamTimeLeft) }</span>
                    <span role="timer" aria-label={ text.attr(Msg::ExamTimeLeft) }>{ format_clock(remaining) }</span>
                }
                <button type="button" onclick={ toggle } aria-pressed={ (*hidden).to_string() }>{ text.get(if *hidden { Msg::ExamShowTimer } else { Msg::ExamHideTimer }) }</button>
                <button type="button" onclick={ speak } aria-keyshortcuts="t">{ text.get(Msg::ExamReadTimeLeft) }</button>
            </div>
            <div class="sr-only" aria-live="polite" aria-atomic="true">{ warning }</div>
        </>
    }
}
