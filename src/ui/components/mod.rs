//! View parts several pages share: the bank list, bank markup, the site's notices, lists of
//! problems, the language of bank text, the site's header with its language and display menus, a question's links, percent bars and focus moves.

pub mod bank_language;
pub mod bank_list;
pub mod display_menu;
mod focus;
pub mod language_menu;
pub mod markup_view;
mod percent_bar;
mod problem_list;
mod question_links;
pub mod site_header;
pub mod site_notices;

pub use focus::focus_element;
pub use percent_bar::{percent, percent_bar};
pub use problem_list::problem_list;
pub use question_links::{references, report_problem};
