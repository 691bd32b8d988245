//! Shares shown as percents: as text, and as a small bar beside the text.

use yew::prelude::*;

use crate::ui::text::Texts;

/// A share from 0 to 1 as a whole percent, as the interface's language writes one ("42 %").
pub fn percent(text: &Texts, share: f64) -> String {
    text.percent(share)
}

/// A share from 0 to 1 as a small horizontal bar (SVG, since the Content-Security-Policy allows
/// no inline styles), followed by its percent as text, the two kept on one line. `name` makes the
/// bar an image with that name; without one, the bar is hidden from assistive technology and the
/// text says it all.
pub fn percent_bar(text: &Texts, share: f64, name: Option<String>) -> Html {
    let width = format!("{:.1}", share * 100.0);
    let (role, hidden) = match name {
        Some(_) => (Some("img"), None),
        None => (None, Some("true")),
    };
    html! {
        <span class="percent">
            <svg class="percent-bar" viewBox="0 0 100 10" preserveAspectRatio="none" {role}
                aria-label={ name } aria-hidden={ hidden }>
                <rect class="bar-track" x="0" y="0" width="100" height="10" />
                <rect class="bar" x="0" y="0" {width} height="10" />
            </svg>
            { format!(" {}", percent(text, share)) }
        </span>
    }
}
