//! The fonts the dashboard ships: Noto Sans Regular and Bold (SIL OFL 1.1, see
//! `assets/fonts/README.md`), embedded in the binary so that Vietnamese renders with real glyphs
//! on every machine. egui's bundled fonts lack the Latin Extended Additional block
//! (U+1EA0-U+1EF9, e.g. ỷ ọ ế ố ủ ứ ầ ờ ắ); Noto Sans goes first in the proportional family and
//! egui's fonts stay behind it as fallbacks for the symbols it lacks.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// Noto Sans Regular 2.004.
pub const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold 2.004.
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

const REGULAR_NAME: &str = "NotoSans-Regular";
const BOLD_NAME: &str = "NotoSans-Bold";

/// The name of the bold family: `egui::FontFamily::Name(BOLD_FAMILY.into())`.
pub const BOLD_FAMILY: &str = "bold";

/// The bold font family, for headings and large values.
pub fn bold() -> FontFamily {
    FontFamily::Name(BOLD_FAMILY.into())
}

/// egui's default fonts with Noto Sans in front: first in the proportional family, last-resort
/// fallback of the monospace one, and alone (plus the fallbacks) in the bold family.
pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        REGULAR_NAME.to_owned(),
        Arc::new(FontData::from_static(NOTO_SANS_REGULAR)),
    );
    fonts.font_data.insert(
        BOLD_NAME.to_owned(),
        Arc::new(FontData::from_static(NOTO_SANS_BOLD)),
    );

    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();

    let proportional = std::iter::once(REGULAR_NAME.to_owned())
        .chain(defaults.iter().cloned())
        .collect();
    fonts
        .families
        .insert(FontFamily::Proportional, proportional);

    let bold_fonts = [BOLD_NAME.to_owned(), REGULAR_NAME.to_owned()]
        .into_iter()
        .chain(defaults)
        .collect();
    fonts.families.insert(bold(), bold_fonts);

    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push(REGULAR_NAME.to_owned());
    fonts
}

/// Installs [`font_definitions`] in `ctx`.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
}

#[cfg(test)]
mod tests {
    use skrifa::{FontRef, MetadataProvider};

    use super::*;
    use crate::i18n::{Lang, catalog_values};

    fn missing_chars(font: &[u8], text: &str) -> Vec<char> {
        let font = FontRef::new(font).expect("a valid TrueType font");
        let charmap = font.charmap();
        text.chars()
            .filter(|ch| !ch.is_control())
            .filter(|&ch| charmap.map(ch).is_none())
            .collect()
    }

    #[test]
    fn shipped_fonts_cover_every_vietnamese_string() {
        for (name, font) in [("regular", NOTO_SANS_REGULAR), ("bold", NOTO_SANS_BOLD)] {
            for lang in Lang::ALL {
                for value in catalog_values(lang) {
                    let missing = missing_chars(font, value);
                    assert!(
                        missing.is_empty(),
                        "Noto Sans {name} lacks {missing:?} used in {:?} ({})",
                        value,
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn shipped_fonts_cover_the_whole_vietnamese_alphabet() {
        let lower = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợ\
                     pqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
        let alphabet = format!("{lower}{}", lower.to_uppercase());
        for font in [NOTO_SANS_REGULAR, NOTO_SANS_BOLD] {
            assert_eq!(missing_chars(font, &alphabet), Vec::<char>::new());
            let block: String = ('\u{1EA0}'..='\u{1EF9}').collect();
            assert_eq!(missing_chars(font, &block), Vec::<char>::new());
        }
    }

    #[test]
    fn noto_sans_goes_first_and_defaults_stay_as_fallbacks() {
        let fonts = font_definitions();
        let proportional = &fonts.families[&FontFamily::Proportional];
        assert_eq!(proportional[0], REGULAR_NAME);
        assert!(
            proportional.len() > 1,
            "egui's fonts must stay as fallbacks"
        );
        assert_eq!(fonts.families[&bold()][0], BOLD_NAME);
    }

    #[test]
    fn egui_lays_out_vietnamese_without_replacement_glyphs() {
        // Without our fonts, egui has no glyphs for the Vietnamese block: the reason this
        // module exists.
        let bare = egui::Context::default();
        let mut output = bare.run_ui(egui::RawInput::default(), |ui| {
            let font_id = egui::FontId::proportional(14.0);
            assert!(!ui.fonts_mut(|fonts| fonts.has_glyphs(&font_id, "ỷ ọ ế ố ủ ứ ầ ờ ắ")));
        });
        output.textures_delta.clear();

        let ctx = egui::Context::default();
        install(&ctx);
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let text = "Đỉnh triều tại Phú An: ỷ ọ ế ố ủ ứ ầ ờ ắ";
            for family in [FontFamily::Proportional, bold()] {
                let font_id = egui::FontId::new(14.0, family);
                let covered = ui.fonts_mut(|fonts| fonts.has_glyphs(&font_id, text));
                assert!(covered, "egui has no glyphs for {text:?}");
            }
        });
        // No renderer here to take the font atlas.
        output.textures_delta.clear();
    }
}
