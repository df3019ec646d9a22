//! Translations of every user-visible string, in English and Vietnamese, in Project Fluent.
//!
//! The catalogs are Fluent resources (`assets/i18n/en.ftl`, `assets/i18n/vi.ftl`) embedded at
//! build time, so translators work with Fluent's own tools. The code names a text by a dotted
//! key such as `domain.environment` or `banner.offline`; its Fluent message id is the same with
//! `-` for `.` (`domain-environment`) and for any other character an id cannot hold. Values are given as `{ $name }` variables by
//! [`I18n::tf`]; counted texts select their plural form on `$count` ([`I18n::tn`]), by each
//! language's CLDR rules, and numbers are written with the language's separators. Fluent's
//! bidi isolation marks are off: every text here is left-to-right, and the marks would show as
//! boxes in some fonts. A message missing from the Vietnamese catalog falls back to English,
//! and one missing from both shows as its key, so a gap is visible rather than fatal. Tests
//! keep both catalogs in step.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The English catalog, as shipped.
pub const EN_FTL: &str = include_str!("../../assets/i18n/en.ftl");
/// The Vietnamese catalog, as shipped.
pub const VI_FTL: &str = include_str!("../../assets/i18n/vi.ftl");

/// One language's messages, and each of them formatted without arguments (what [`I18n::t`]
/// returns, without formatting it again).
struct Catalog {
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<String, String>,
}

impl Catalog {
    /// A catalog whose resource has syntax errors keeps the messages that parsed; the tests
    /// below make sure the shipped ones have none.
    fn new(lang: Lang, source: &str) -> Catalog {
        let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::En => format_number_en,
            Lang::Vi => format_number_vi,
        }));
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _errors)| partial);
        let ids: Vec<String> = message_ids(&resource);
        // A message defined twice keeps its first text; nothing else can fail here.
        let _ = bundle.add_resource(resource);
        let plain = ids
            .into_iter()
            .filter_map(|id| {
                let message = bundle.get_message(&id)?;
                let pattern = message.value()?;
                let mut errors = Vec::new();
                let text = bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned();
                Some((id, text))
            })
            .collect();
        Catalog { bundle, plain }
    }

    /// `key`'s message formatted with `args`, or `None` when this catalog lacks it.
    fn format(&self, id: &str, args: &FluentArgs) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, Some(args), &mut errors)
                .into_owned(),
        )
    }
}

/// The ids of every message of `resource`, in order.
fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Numbers in English texts: `1,520`.
fn format_number_en<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_fluent_number(value, Lang::En)
}

/// Numbers in Vietnamese texts: `1.520`.
fn format_number_vi<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_fluent_number(value, Lang::Vi)
}

fn format_fluent_number(value: &FluentValue, lang: Lang) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    Some(crate::format::format_value(number.value, &I18n::new(lang)))
}

static EN: LazyLock<Catalog> = LazyLock::new(|| Catalog::new(Lang::En, EN_FTL));
static VI: LazyLock<Catalog> = LazyLock::new(|| Catalog::new(Lang::Vi, VI_FTL));

/// The Fluent message id of a key: `-` for `.` and for any other character an id cannot hold
/// (units such as `unit.passengers/day` are keys too).
fn message_id(key: &str) -> Cow<'_, str> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    if key.chars().all(allowed) {
        Cow::Borrowed(key)
    } else {
        Cow::Owned(
            key.chars()
                .map(|c| if allowed(c) { c } else { '-' })
                .collect(),
        )
    }
}

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
#[derive(Clone, Copy)]
pub struct I18n {
    lang: Lang,
    catalog: &'static Catalog,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("lang", &self.lang).finish()
    }
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

    /// The text of `key`, or `None` when neither this language nor English has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let id = message_id(key);
        self.catalog
            .plain
            .get(id.as_ref())
            .or_else(|| EN.plain.get(id.as_ref()))
            .map(String::as_str)
    }

    /// The text of `key`; English when this language lacks it; the key itself when English
    /// lacks it too.
    pub fn t<'a>(&self, key: &'a str) -> &'a str {
        self.get(key).unwrap_or(key)
    }

    /// The text of `key` with each `{ $name }` given its value from `args`. The values are
    /// text already formatted; a variable without a value shows as `{$name}`.
    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        self.format(key, &fluent_args)
    }

    /// [`I18n::tf`] for a text about `count` things: the message selects its plural form on
    /// `$count` by the language's rules (English: "1 resource", "2 resources"; Vietnamese has
    /// one form), and shows `$count` with the language's digit grouping.
    pub fn tn(&self, key: &str, count: u64, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        fluent_args.set("count", count);
        self.format(key, &fluent_args)
    }

    fn format(&self, key: &str, args: &FluentArgs) -> String {
        let id = message_id(key);
        self.catalog
            .format(&id, args)
            .or_else(|| EN.format(&id, args))
            .unwrap_or_else(|| key.to_owned())
    }
}

/// Every variable (`$name`) a catalog's message uses, sorted, for the checks that keep the
/// languages in step.
#[cfg(test)]
fn variables(source: &str, key: &str) -> Vec<String> {
    let id = message_id(key);
    let Some(start) = source.find(&format!("\n{id} =")) else {
        return Vec::new();
    };
    let body = &source[start + 1..];
    // The message's lines: its own and the indented ones after it.
    let mut lines = body.lines();
    let mut text = lines.next().unwrap_or_default().to_owned();
    for line in lines.take_while(|line| line.starts_with(' ')) {
        text.push_str(line);
    }
    let mut names: Vec<String> = text
        .split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Every text of a language's shipped catalog (each message without arguments), for checks
/// such as font coverage.
pub fn catalog_values(lang: Lang) -> impl Iterator<Item = &'static str> {
    let catalog: &'static Catalog = match lang {
        Lang::En => &EN,
        Lang::Vi => &VI,
    };
    catalog.plain.values().map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(source: &str) -> FluentResource {
        FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("the catalog has syntax errors: {errors:?}"))
    }

    #[test]
    fn catalogs_parse_and_have_the_same_messages() {
        let en = message_ids(&parsed(EN_FTL));
        let vi = message_ids(&parsed(VI_FTL));
        assert_eq!(en, vi);
        assert!(en.len() > 50, "the catalogs look truncated");
        let mut unique = en.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), en.len(), "a message is defined twice");
    }

    #[test]
    fn every_message_formats_without_errors_and_is_not_empty() {
        for lang in Lang::ALL {
            let source = match lang {
                Lang::En => EN_FTL,
                Lang::Vi => VI_FTL,
            };
            let catalog = I18n::new(lang).catalog;
            for id in message_ids(&parsed(source)) {
                let message = catalog.bundle.get_message(&id).expect("added");
                let pattern = message.value().expect("every message has a value");
                let mut args = FluentArgs::new();
                for name in variables(source, &id) {
                    args.set(name, "x");
                }
                args.set("count", 2);
                let mut errors = Vec::new();
                let text = catalog
                    .bundle
                    .format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{} {id}: {errors:?}", lang.code());
                assert!(!text.trim().is_empty(), "{} has an empty {id}", lang.code());
            }
        }
    }

    #[test]
    fn variables_match_between_languages() {
        for id in message_ids(&parsed(EN_FTL)) {
            let mut en = variables(EN_FTL, &id);
            let vi = variables(VI_FTL, &id);
            // Vietnamese has one plural form: where English only selects on `$count`, the
            // Vietnamese text need not show it.
            let selects_on_count = EN_FTL.contains(&format!("\n{id} =\n    {{ $count ->"));
            if selects_on_count && !vi.iter().any(|name| name == "count") {
                en.retain(|name| name != "count");
            }
            assert_eq!(en, vi, "variables of {id} differ");
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
    fn variables_are_filled_with_text_that_stays_text() {
        let en = I18n::new(Lang::En);
        assert_eq!(en.tf("freshness.ago", &[("age", "5 min")]), "5 min ago");
        assert_eq!(
            I18n::new(Lang::Vi).tf("freshness.stale", &[("age", "3 d")]),
            "đã cũ: 3 d"
        );
        // A value that looks like Fluent or another variable is shown as it is, and no bidi
        // isolation marks are added around it.
        assert_eq!(
            en.tf("freshness.ago", &[("age", "{ $age } {$x} [one]")]),
            "{ $age } {$x} [one] ago"
        );
        assert_eq!(en.tf("freshness.ago", &[]), "{$age} ago");
        assert_eq!(en.tf("no.such.key", &[("age", "1")]), "no.such.key");
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
        for crate_dir in ["views", "ui", "brief", "src-tauri"] {
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
    fn no_message_is_defined_twice() {
        // Fluent keeps the first of two messages with one id, so a second silently never shows.
        for (name, source) in [("en", EN_FTL), ("vi", VI_FTL)] {
            let mut ids = message_ids(&parsed(source));
            ids.sort();
            let twice: Vec<_> = ids.windows(2).filter(|pair| pair[0] == pair[1]).collect();
            assert!(twice.is_empty(), "{name}.ftl defines twice: {twice:?}");
        }
    }

    #[test]
    fn every_key_used_in_the_code_is_in_the_catalogs() {
        let en = message_ids(&parsed(EN_FTL));
        let used = keys_used_in_sources();
        assert!(used.len() > 40, "the scan found too few keys: {used:?}");
        let missing: Vec<_> = used
            .iter()
            .filter(|(_, key)| !en.iter().any(|id| *id == message_id(key)))
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
        assert_eq!(en.tn("cli.sync.resources", 1520, &[]), "1,520 resources");
        let vi = I18n::new(Lang::Vi);
        assert_eq!(vi.tn("cli.sync.resources", 1, &[]), "1 tài nguyên");
        assert_eq!(vi.tn("cli.sync.resources", 1520, &[]), "1.520 tài nguyên");
        assert_eq!(
            en.tn("sync.done_with_errors", 1, &[]),
            "Synced with 1 error"
        );
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
