//! The page's words: every label, button and sentence the page shows, in the chosen language,
//! sent to it as one table so the page holds no text of its own.

use std::collections::BTreeMap;

use serde::Serialize;

use citydash_views::i18n::{I18n, Lang};

/// The keys of the page's texts (`briefing.*` in `assets/i18n/*.ftl`), as the page names them
/// (`data-text="briefing.open_pack"`).
pub const PAGE_TEXT_KEYS: &[&str] = &[
    "briefing.title",
    "briefing.open_pack",
    "briefing.use_cache",
    "briefing.source",
    "briefing.no_source",
    "briefing.drop_hint",
    "briefing.compose",
    "briefing.doc_title",
    "briefing.doc_lang",
    "briefing.period",
    "briefing.period.24h",
    "briefing.period.7d",
    "briefing.period.30d",
    "briefing.sections",
    "briefing.section.cover",
    "briefing.section.headlines",
    "briefing.section.charts",
    "briefing.section.maps",
    "briefing.section.alerts",
    "briefing.section.notes",
    "briefing.kpis",
    "briefing.kpis.all",
    "briefing.kpis.none",
    "briefing.notes",
    "briefing.save_pdf",
    "briefing.present",
    "briefing.preview",
    "briefing.rendering",
    "briefing.page_of",
    "briefing.present_help",
    "briefing.lang.en",
    "briefing.lang.vi",
    "briefing.ui_lang",
    "briefing.empty_preview",
];

/// The texts for the page in one language.
#[derive(Debug, Clone, Serialize)]
pub struct PageText {
    pub lang: Lang,
    pub text: BTreeMap<&'static str, String>,
}

impl PageText {
    pub fn new(lang: Lang) -> Self {
        let i18n = I18n::new(lang);
        Self {
            lang,
            text: PAGE_TEXT_KEYS
                .iter()
                .map(|key| (*key, i18n.t(key).to_owned()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_text_is_in_both_languages() {
        for lang in Lang::ALL {
            let i18n = I18n::new(lang);
            for key in PAGE_TEXT_KEYS {
                assert!(i18n.get(key).is_some(), "{key} missing in {lang:?}");
            }
        }
        let en = PageText::new(Lang::En);
        let vi = PageText::new(Lang::Vi);
        let same: Vec<_> = PAGE_TEXT_KEYS
            .iter()
            .filter(|key| !key.starts_with("briefing.lang."))
            .filter(|key| en.text[**key] == vi.text[**key] && **key != "briefing.title")
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }
}
