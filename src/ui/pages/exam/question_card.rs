//! One question as the candidate sees it: the prompt, the choices, how sure they are, and in
//! practice mode the verdict with every reason once the answer is checked.

use yew::prelude::*;

use super::passages;
use super::shortcuts::confidence_key;
use crate::engine::bank::{Bank, Question};
use crate::engine::certainty::Confidence;
use crate::engine::session::{Action, MAX_NOTE_CHARS, Passage, Slot};
use crate::ui::components::bank_language::TextLanguage;
use crate::ui::components::markup_view;
use crate::ui::components::{references, report_problem};
use crate::ui::labels::confidence_label;
use crate::ui::messages::Msg;
use crate::ui::text::Texts;

/// What the card shows and where its actions go.
pub struct Card<'a> {
    pub bank: &'a Bank,
    pub question: &'a Question,
    pub slot: &'a Slot,
    /// The question's position in the exam, 0-based.
    pub index: usize,
    /// Why the last action was refused, if it was.
    pub message: Option<&'a str>,
    pub heading: NodeRef,
    pub act: Callback<Action>,
    /// Practice: this question, missed here, comes back at the end of the session.
    pub comes_back: bool,
    /// The interface's words.
    pub text: &'a Texts,
}

pub fn question_card(card: Card<'_>) -> Html {
    let Card {
        bank,
        question,
        slot,
        index,
        message,
        heading,
        act,
        comes_back,
        text,
    } = card;
    let TextLanguage { lang, dir } = TextLanguage::of(bank.language());
    let multi = slot.choose() > 1;
    let locked = slot.is_checked();
    let choice_label = |i: usize| -> String { ((b'A' + i as u8) as char).to_string() };

    let choices = slot.choice_order().iter().enumerate().map(|(i, id)| {
        let Some(choice) = question.choice(id) else { return html! {} };
        let checked = slot.is_selected(id);
        let correct = question.is_correct_choice(id);
        let full = multi && !checked && slot.selected().len() >= slot.choose();
        let onchange = {
            let act = act.clone();
            let id = id.clone();
            Callback::from(move |e: Event| {
                let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
                let on = input.checked();
                if full {
                    // The reducer refuses a choice beyond N; untick the box the browser ticked.
                    input.set_checked(false);
                }
                act.emit(if on || !multi { Action::Select(id.clone()) } else { Action::Deselect(id.clone()) });
            })
        };
        let verdict = locked.then(|| {
            if correct {
                html! { <span class="verdict verdict-right">{ text.get(Msg::ExamChoiceCorrect) }</span> }
            } else if checked {
                html! { <span class="verdict verdict-wrong">{ text.get(Msg::ExamChoiceWrong) }</span> }
            } else {
                html! {}
            }
        });
        let reason = locked
            .then(|| choice.explanation().map(|why| html! { <div class="choice-reason" lang={ lang.clone() } dir={ dir.clone() }>{ markup_view::blocks(why) }</div> }))
            .flatten();
        let input_id = format!("choice-{}-{}", index, id);
        let struck = slot.is_struck(id);
        let strike = act.reform({
            let id = id.clone();
            move |_: MouseEvent| Action::ToggleStrike(id.clone())
        });
        html! {
            <li class={ classes!("choice", checked.then_some("selected"), (locked && correct).then_some("right"), struck.then_some("struck")) }>
                <input type={ if multi { "checkbox" } else { "radio" } } id={ input_id.clone() }
                    name={ format!("q{index}") } checked={ checked } disabled={ locked } onchange={ onchange } />
                <label for={ input_id }>
                    <span class="choice-letter" aria-hidden="true">{ choice_label(i) }</span>
                    <span class="choice-text" lang={ lang.clone() } dir={ dir.clone() }
                        data-passage={ passages::mark(&Passage::Choice(id.clone())) }>{ markup_view::inlines(choice.text()) }</span>
                    if struck { { " " }<span class="sr-only">{ text.get(Msg::ExamChoiceRuledOut) }</span> }
                </label>
                if !locked {
                    <button type="button" class="strike" aria-pressed={ struck.to_string() } onclick={ strike }
                        aria-label={ text.get(Msg::ExamStrikeChoice { letter: choice_label(i).into() }) }>
                        { text.get(Msg::ExamStrike) }
                    </button>
                }
                { verdict.unwrap_or_default() }
                { reason.unwrap_or_default() }
            </li>
        }
    });

    let feedback = locked.then(|| {
        let right = question.is_right(slot.selected());
        html! {
            <section class={ classes!("feedback", if right { "feedback-right" } else { "feedback-wrong" }) } aria-labelledby="feedback-heading">
                <h3 id="feedback-heading" tabindex="-1">{ text.get(if right { Msg::ExamFeedbackRight } else { Msg::ExamFeedbackWrong }) }</h3>
                { (!right).then(|| html! {
                    <p class="right-answer">{ text.get(Msg::ExamRightAnswer) }{ " " }
                        { for question.answer().iter().enumerate().map(|(n, id)| {
                            let choice = question.choice(id).map(|c| c.text().plain_text()).unwrap_or_default();
                            let separator = if n > 0 { text.get(Msg::ExamListSeparator) } else { String::new() };
                            html! { <>{ separator }<strong lang={ lang.clone() } dir={ dir.clone() }>{ choice }</strong></> }
                        }) }
                    </p>
                }) }
                if comes_back { <p class="comes-back">{ text.get(Msg::ExamComesBack) }</p> }
                <div class="explanation" lang={ lang.clone() } dir={ dir.clone() }>{ markup_view::blocks(question.explanation()) }</div>
                { references(question.references()) }
                { report_problem(bank, question) }
            </section>
        }
    });

    let confidence = Confidence::ALL.iter().map(|&level| {
        let input_id = format!("confidence-{index}-{}", level.key());
        let onchange = act.reform(move |_: Event| Action::SetConfidence(Some(level)));
        let key = confidence_key(level).to_ascii_uppercase();
        html! {
            <span class="confidence-choice">
                <input type="radio" id={ input_id.clone() } name={ format!("confidence-q{index}") }
                    checked={ slot.confidence() == Some(level) } disabled={ locked } {onchange} />
                <label for={ input_id }>{ confidence_label(text, level) }<kbd aria-hidden="true">{ key }</kbd></label>
            </span>
        }
    });

    html! {
        <article class="question" aria-labelledby="question-heading">
            <p class="topic" lang={ lang.clone() } dir={ dir.clone() }>{ bank.topic_name(question) }</p>
            <h2 id="question-heading" tabindex="-1" ref={ heading }>{ text.get(Msg::ExamQuestionHeading { number: (index + 1).into() }) }</h2>
            if slot.is_again() { <p class="again-note">{ text.get(Msg::ExamAskedAgain) }</p> }
            <div class="prompt" lang={ lang.clone() } dir={ dir.clone() } data-passage={ passages::mark(&Passage::Prompt) }>{ markup_view::blocks(question.prompt()) }</div>
            <fieldset class="choices">
                <legend>{ text.get(if multi { Msg::ExamChooseMany { count: slot.choose().into() } } else { Msg::ExamChooseOne }) }</legend>
                <ul>{ for choices }</ul>
            </fieldset>
            <fieldset class="confidence">
                <legend>{ text.get(Msg::ExamConfidenceLegend) }</legend>
                { for confidence }
            </fieldset>
            { study_tools(slot, index, &act, text, &lang, &dir) }
            if let Some(message) = message { <p class="message" role="status">{ message.to_owned() }</p> }
            { feedback.unwrap_or_default() }
        </article>
    }
}

/// The candidate's own marks on the question: highlighting what they selected (and clearing
/// it), the passages highlighted so far, and a note.
fn study_tools(
    slot: &Slot,
    index: usize,
    act: &Callback<Action>,
    text: &Texts,
    lang: &Option<AttrValue>,
    dir: &Option<AttrValue>,
) -> Html {
    let highlight = act.reform(|_: MouseEvent| passages::highlight_selection());
    let clear = act.reform(|_: MouseEvent| Action::ClearHighlights);
    let note_id = format!("note-{index}");
    let on_note = act.reform(|e: InputEvent| {
        Action::SetNote(
            e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value(),
        )
    });
    let highlights = slot.highlights();
    let list_label = text.get(Msg::ExamHighlightsList);
    html! {
        <div class="study-tools">
            <p class="highlight-actions">
                // Pressing the button must not take the selection away before it is read.
                <button type="button" onmousedown={ Callback::from(|e: MouseEvent| e.prevent_default()) }
                    onclick={ highlight } aria-keyshortcuts="h">{ text.get(Msg::ExamHighlight) }</button>
                if !highlights.is_empty() {
                    { " " }<button type="button" onclick={ clear }>{ text.get(Msg::ExamClearHighlights) }</button>
                }
            </p>
            if !highlights.is_empty() {
                <ul class="highlights" aria-label={ list_label }>
                    { for highlights.iter().map(|h| html! { <li><mark lang={ lang.clone() } dir={ dir.clone() }>{ h.text.clone() }</mark></li> }) }
                </ul>
            }
            <label for={ note_id.clone() }>{ text.get(Msg::ExamNoteLabel) }</label>
            <textarea id={ note_id } class="note" rows="2" maxlength={ MAX_NOTE_CHARS.to_string() }
                value={ slot.note().to_owned() } oninput={ on_note } />
        </div>
    }
}
