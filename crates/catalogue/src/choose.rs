//! Which shipped language a candidate gets: the one they chose, else the first of the browser's
//! preferred languages that is shipped (exactly, or by its language alone: `fr-CA` gets `fr`,
//! `pt-PT` gets `pt-BR`), else English.

/// The tag of the language to use, one of `shipped` (whose first is the fallback).
pub fn choose_language<'a>(
    chosen: Option<&str>,
    preferred: &[String],
    shipped: &[&'a str],
) -> &'a str {
    let fallback = shipped.first().copied().unwrap_or("en");
    let exact = |tag: &str| {
        shipped
            .iter()
            .copied()
            .find(|shipped| shipped.eq_ignore_ascii_case(tag))
    };
    if let Some(tag) = chosen.and_then(exact) {
        return tag;
    }
    for tag in preferred {
        if let Some(shipped) = exact(tag) {
            return shipped;
        }
        let primary = primary(tag);
        if let Some(shipped) = shipped
            .iter()
            .copied()
            .find(|shipped| primary.eq_ignore_ascii_case(self::primary(shipped)))
        {
            return shipped;
        }
    }
    fallback
}

fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

#[cfg(test)]
mod tests {
    use super::choose_language;

    const SHIPPED: &[&str] = &["en", "fr", "pt-BR", "ja"];

    fn preferred(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|tag| (*tag).to_owned()).collect()
    }

    #[test]
    fn a_chosen_language_wins_over_the_browsers() {
        assert_eq!(
            choose_language(Some("ja"), &preferred(&["fr"]), SHIPPED),
            "ja"
        );
    }

    #[test]
    fn a_chosen_language_no_longer_shipped_falls_back_to_the_browsers() {
        assert_eq!(
            choose_language(Some("xx"), &preferred(&["fr-FR"]), SHIPPED),
            "fr"
        );
    }

    #[test]
    fn the_first_preferred_language_shipped_by_its_language_alone_is_taken() {
        assert_eq!(
            choose_language(None, &preferred(&["de-DE", "pt-PT", "fr"]), SHIPPED),
            "pt-BR"
        );
        assert_eq!(
            choose_language(None, &preferred(&["PT-br"]), SHIPPED),
            "pt-BR"
        );
    }

    #[test]
    fn nothing_shipped_in_the_browsers_languages_gives_english() {
        assert_eq!(
            choose_language(None, &preferred(&["ko", "zh-TW"]), SHIPPED),
            "en"
        );
        assert_eq!(choose_language(None, &[], SHIPPED), "en");
    }
}
