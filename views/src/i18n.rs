//! Translations of every user-visible string of the dashboard, in English and Vietnamese.
//!
//! The catalogs are flat JSON objects (`assets/i18n/en.json`, `assets/i18n/vi.json`) embedded at
//! build time; keys are dotted paths such as `domain.environment` or `banner.offline`, values may
//! hold `{name}` placeholders filled in by [`I18n::tf`]. A key missing from the Vietnamese catalog
//! falls back to English, and a key missing from both shows as itself, so a gap is visible
//! rather than fatal. Tests keep both catalogs in step.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

/// The English catalog, as shipped.
pub const EN_JSON: &str = include_str!("../../assets/i18n/en.json");
/// The Vietnamese catalog, as shipped.
pub const VI_JSON: &str = include_str!("../../assets/i18n/vi.json");

type Catalog = BTreeMap<String, String>;

/// A catalog that fails to parse is empty, so every key shows as itself; the tests below make
/// sure the shipped ones parse.
fn parse_catalog(json: &str) -> Catalog {
    serde_json::from_str(json).unwrap_or_default()
}

static EN: LazyLock<Catalog> = LazyLock::new(|| parse_catalog(EN_JSON));
static VI: LazyLock<Catalog> = LazyLock::new(|| parse_catalog(VI_JSON));

/// A language of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Vi,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Vi];

    /// The ISO 639-1 code, as used by [`offline_cache::model::LocalizedText::get`].
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    /// The language for an ISO 639-1 code (case-insensitive; a region suffix such as `vi-VN` or
    /// `en_US` is ignored).
    pub fn from_code(code: &str) -> Option<Lang> {
        let language = code.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(language))
    }
}

/// The strings of one language, with English behind it.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    lang: Lang,
    catalog: &'static Catalog,
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        let catalog: &'static Catalog = match lang {
            Lang::En => &EN,
            Lang::Vi => &VI,
        };
        Self { lang, catalog }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The translation of `key`, or `None` when neither this language nor English has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.catalog
            .get(key)
            .or_else(|| EN.get(key))
            .map(String::as_str)
    }

    /// The translation of `key`; English when this language lacks it; the key itself when
    /// English lacks it too.
    pub fn t<'a>(&self, key: &'a str) -> &'a str {
        self.get(key).unwrap_or(key)
    }

    /// The translation of `key` with each `{name}` replaced by its value from `args`.
    /// Placeholders without a value are left as they are.
    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// [`I18n::tf`] for a text about `count` things: `key.one` when the count is 1 and this
    /// language has that form (English: "1 resource"), `key` otherwise (Vietnamese needs no
    /// other form). `{count}` is the plain number unless `args` give it (formatted, say).
    pub fn tn(&self, key: &str, count: u64, args: &[(&str, &str)]) -> String {
        let one = format!("{key}.one");
        let template = match self.catalog.get(&one) {
            Some(template) if count == 1 => template.as_str(),
            _ => self.t(key),
        };
        let count = count.to_string();
        let mut args = args.to_vec();
        args.push(("count", &count));
        fill(template, &args)
    }
}

/// Replaces each `{name}` in `template` by its value in `args`, in one pass (a value that itself
/// contains `{..}` is not expanded again).
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after_open = &rest[open + 1..];
        let replaced = after_open.find('}').and_then(|close| {
            let name = &after_open[..close];
            args.iter()
                .find(|(arg, _)| *arg == name)
                .map(|(_, value)| (*value, close))
        });
        match replaced {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after_open[close + 1..];
            }
            None => {
                out.push('{');
                rest = after_open;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every `{name}` placeholder of a template, sorted.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Every value of a language's shipped catalog, for checks such as font coverage.
pub fn catalog_values(lang: Lang) -> impl Iterator<Item = &'static str> {
    let catalog: &'static Catalog = match lang {
        Lang::En => &EN,
        Lang::Vi => &VI,
    };
    catalog.values().map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> Catalog {
        serde_json::from_str(json).expect("catalog is a flat JSON object of strings")
    }

    #[test]
    fn catalogs_parse_and_have_the_same_keys() {
        let en = raw(EN_JSON);
        let vi = raw(VI_JSON);
        let en_keys: Vec<_> = en.keys().collect();
        let vi_keys: Vec<_> = vi.keys().collect();
        assert_eq!(en_keys, vi_keys);
        assert!(en.len() > 50, "the catalogs look truncated");
    }

    #[test]
    fn no_empty_values() {
        for (lang, json) in [(Lang::En, EN_JSON), (Lang::Vi, VI_JSON)] {
            for (key, value) in raw(json) {
                assert!(
                    !value.trim().is_empty(),
                    "{} has an empty {key}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        let vi = raw(VI_JSON);
        for (key, en_value) in raw(EN_JSON) {
            let vi_value = &vi[&key];
            assert_eq!(
                placeholders(&en_value),
                placeholders(vi_value),
                "placeholders of {key} differ"
            );
        }
    }

    #[test]
    fn every_domain_has_a_name() {
        for lang in Lang::ALL {
            let i18n = I18n::new(lang);
            for domain in offline_cache::model::Domain::ALL {
                let key = format!("domain.{}", domain.key());
                assert!(i18n.get(&key).is_some(), "{} lacks {key}", lang.code());
            }
        }
    }

    #[test]
    fn lookups_fall_back_to_english_then_the_key() {
        let vi = I18n::new(Lang::Vi);
        assert_eq!(vi.t("domain.environment"), "Môi trường");
        assert_eq!(I18n::new(Lang::En).t("domain.environment"), "Environment");
        assert_eq!(vi.t("no.such.key"), "no.such.key");
        assert_eq!(vi.get("no.such.key"), None);
    }

    #[test]
    fn placeholders_are_filled() {
        let en = I18n::new(Lang::En);
        assert_eq!(en.tf("freshness.ago", &[("age", "5 min")]), "5 min ago");
        assert_eq!(
            I18n::new(Lang::Vi).tf("freshness.stale", &[("age", "3 d")]),
            "đã cũ: 3 d"
        );
        assert_eq!(fill("{a} and {b}", &[("a", "{b}")]), "{b} and {b}");
        assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
        assert_eq!(fill("ở {x}!", &[("x", "Phú An")]), "ở Phú An!");
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_code("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(serde_json::to_string(&Lang::Vi).unwrap(), "\"vi\"");
    }

    /// Every `"key"` passed as a literal to `.t(` or `.tf(` anywhere under `src/`.
    fn keys_used_in_sources() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, files);
                } else if path.extension().is_some_and(|ext| ext == "rs") {
                    files.push(path);
                }
            }
        }
        let mut files = Vec::new();
        // The faces' sources as well as this crate's: they use the same catalogs.
        let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for crate_dir in ["views", "ui"] {
            walk(&workspace.join(crate_dir).join("src"), &mut files);
        }
        let mut keys = Vec::new();
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            for call in [".t(", ".tf(", ".tn(", ".get("] {
                for (at, _) in source.match_indices(call) {
                    let rest = source[at + call.len()..].trim_start();
                    let Some(rest) = rest.strip_prefix('"') else {
                        continue;
                    };
                    let Some((key, _)) = rest.split_once('"') else {
                        continue;
                    };
                    let looks_like_key = key.contains('.')
                        && key
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_');
                    if looks_like_key && key != "no.such.key" {
                        keys.push((file.display().to_string(), key.to_owned()));
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_key_used_in_the_code_is_in_the_catalogs() {
        let en = raw(EN_JSON);
        let used = keys_used_in_sources();
        assert!(used.len() > 40, "the scan found too few keys: {used:?}");
        let missing: Vec<_> = used
            .iter()
            .filter(|(_, key)| !en.contains_key(key))
            .collect();
        assert!(
            missing.is_empty(),
            "keys missing from the catalogs: {missing:?}"
        );
    }

    #[test]
    fn counted_texts_take_the_singular_in_english_only_when_there_is_one() {
        let en = I18n::new(Lang::En);
        assert_eq!(en.tn("cli.sync.resources", 1, &[]), "1 resource");
        assert_eq!(en.tn("cli.sync.resources", 2, &[]), "2 resources");
        assert_eq!(en.tn("cli.sync.resources", 0, &[]), "0 resources");
        let vi = I18n::new(Lang::Vi);
        assert_eq!(vi.tn("cli.sync.resources", 1, &[]), "1 tài nguyên");
    }

    #[test]
    fn datetime_formats_are_valid_chrono_formats() {
        use chrono::format::{Item, StrftimeItems};
        for lang in Lang::ALL {
            for key in ["format.datetime", "format.date"] {
                let format = I18n::new(lang).t(key);
                assert!(
                    StrftimeItems::new(format).all(|item| !matches!(item, Item::Error)),
                    "{} has an invalid {key}",
                    lang.code()
                );
            }
        }
    }
}
