//! The start page: the site's question banks, the candidate's own, and the teachers' links.

pub mod own_banks;
