//! What went wrong, in the reader's language: a failed request by its kind (nothing answers,
//! unknown name, no network, the token refused, HTTP 503...), and every error of the core by
//! what it means and what to do. The core's own messages are English and detailed (URLs, a
//! record's id, the operating system's words); a face shows these texts instead, with the
//! detail only where it names what the reader must look at (the bad record, the damaged file).

use offline_cache::store::ResourceError;
use offline_cache::{Error, FailureReason, model::LocalizedText};

use crate::i18n::{I18n, Lang};

/// A failed request's reason, in `i18n`'s language.
pub fn reason_text(reason: FailureReason, i18n: &I18n) -> String {
    match reason {
        FailureReason::Refused => i18n.t("failure.refused").to_owned(),
        FailureReason::UnknownHost => i18n.t("failure.unknown_host").to_owned(),
        FailureReason::NoNetwork => i18n.t("failure.no_network").to_owned(),
        FailureReason::Tls => i18n.t("failure.tls").to_owned(),
        FailureReason::Timeout => i18n.t("failure.timeout").to_owned(),
        FailureReason::Broken => i18n.t("failure.broken").to_owned(),
        FailureReason::Unauthorized => i18n.t("failure.unauthorized").to_owned(),
        FailureReason::Http(status) => i18n.tf("failure.http", &[("status", &status.to_string())]),
        FailureReason::TooLarge => i18n.t("failure.too_large").to_owned(),
        FailureReason::Invalid => i18n.t("failure.invalid").to_owned(),
    }
}

/// The last error of one resource as stored: its reason in words, with the stored message as
/// the detail when the reason alone does not say what to look at (an invalid answer names its
/// record, a server's error its own words); in English that message says it all already. An
/// error without a reason (stored by an older build, or not the server's doing) is its message.
pub fn resource_error_text(error: &ResourceError, i18n: &I18n) -> String {
    match error.reason {
        Some(reason) if !(names_what_is_wrong(reason) && i18n.lang() == Lang::En) => {
            with_detail_if_telling(reason, &error.message, i18n)
        }
        _ => error.message.clone(),
    }
}

/// An error of the core, in `i18n`'s language.
pub fn error_text(error: &Error, i18n: &I18n) -> String {
    if let Some(reason) = error.reason() {
        let detail = match error {
            Error::InvalidResponse { detail, .. } => detail.clone(),
            Error::TilesFailed { first, .. } => return error_text(first, i18n),
            Error::Http {
                message: Some(message),
                ..
            } => message.clone(),
            _ => String::new(),
        };
        return with_detail_if_telling(reason, &detail, i18n);
    }
    let path = |path: &std::path::Path| path.display().to_string();
    match error {
        Error::BadServerUrl { url } => i18n.tf("error.bad_server_url", &[("url", url)]),
        Error::NotACache { path: file, detail } => with_detail(
            i18n.tf("error.not_a_cache", &[("path", &path(file))]),
            detail,
            i18n,
        ),
        Error::NewerSchema {
            path: file,
            found,
            supported,
        } => i18n.tf(
            "error.newer_schema",
            &[
                ("path", &path(file)),
                ("found", &found.to_string()),
                ("supported", &supported.to_string()),
            ],
        ),
        Error::OlderSchema { path: file, .. } => {
            i18n.tf("error.older_schema", &[("path", &path(file))])
        }
        Error::CannotUpgrade { path: file, .. } => {
            i18n.tf("error.cannot_upgrade", &[("path", &path(file))])
        }
        Error::Corrupt { path: file, detail } => with_detail(
            i18n.tf("error.corrupt", &[("path", &path(file))]),
            detail,
            i18n,
        ),
        Error::NoCache { path: file } => i18n.tf("error.no_cache", &[("path", &path(file))]),
        Error::SyncInProgress {
            path: file,
            holder_pid,
        } => match holder_pid {
            Some(pid) => i18n.tf(
                "error.sync_in_progress_pid",
                &[("path", &path(file)), ("pid", &pid.to_string())],
            ),
            None => i18n.tf("error.sync_in_progress", &[("path", &path(file))]),
        },
        Error::Pack {
            path: file,
            refused,
        } => i18n.tf(
            "error.pack",
            &[
                ("path", &path(file)),
                ("reason", &crate::pack::refusal_text(refused, i18n)),
            ],
        ),
        Error::Plan { detail } => with_detail(i18n.t("error.plan").to_owned(), detail, i18n),
        Error::Cancelled => i18n.t("error.cancelled").to_owned(),
        Error::NoLayer { layer_id } => i18n.tf("error.no_layer", &[("layer", layer_id)]),
        Error::Sqlite { path: file, .. } if error.is_disk_full() => {
            i18n.tf("error.disk_full", &[("path", &path(file))])
        }
        Error::Sqlite { path: file, source } => with_detail(
            i18n.tf("error.cache", &[("path", &path(file))]),
            &source.to_string(),
            i18n,
        ),
        Error::Io { context, source } => with_detail(
            i18n.t("error.file").to_owned(),
            &format!("{context}: {source}"),
            i18n,
        ),
        // Errors with a reason were said above.
        Error::Unauthorized { .. }
        | Error::Http { .. }
        | Error::Unreachable { .. }
        | Error::Timeout { .. }
        | Error::BrokenBody { .. }
        | Error::BodyTooLarge { .. }
        | Error::InvalidResponse { .. }
        | Error::TilesFailed { .. } => error.to_string(),
    }
}

/// `error` said in both languages, for a model built before the reader's language is known.
pub fn error_in_both_languages(error: &Error) -> LocalizedText {
    LocalizedText::new(
        error_text(error, &I18n::new(Lang::En)),
        error_text(error, &I18n::new(Lang::Vi)),
    )
}

/// The reason alone where it says everything (nothing answers: the address and the operating
/// system's words add nothing the reader can act on); with the detail where the detail names
/// what is wrong (the invalid record, the server's message).
fn with_detail_if_telling(reason: FailureReason, detail: &str, i18n: &I18n) -> String {
    let words = reason_text(reason, i18n);
    if names_what_is_wrong(reason) {
        with_detail(words, detail, i18n)
    } else {
        words
    }
}

/// True when the detail of a failure names what is wrong: the invalid record, the server's
/// own message about its error.
fn names_what_is_wrong(reason: FailureReason) -> bool {
    matches!(reason, FailureReason::Invalid | FailureReason::Http(_))
}

fn with_detail(words: String, detail: &str, i18n: &I18n) -> String {
    let detail = detail.trim();
    if detail.is_empty() {
        words
    } else {
        i18n.tf(
            "failure.with_detail",
            &[("reason", &words), ("detail", detail)],
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use offline_cache::store::Resource;

    #[test]
    fn a_full_disk_is_said_as_such_in_both_languages() {
        // SQLite's own "database or disk is full", from a database held to two pages.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.gpkg");
        let connection = rusqlite::Connection::open(&path).unwrap();
        connection
            .execute_batch("PRAGMA max_page_count = 2; CREATE TABLE t (b BLOB);")
            .unwrap();
        let source = connection
            .execute("INSERT INTO t VALUES (zeroblob(100000))", [])
            .unwrap_err();
        let error = Error::Sqlite { path, source };
        assert!(error.is_disk_full());
        let en = error_text(&error, &I18n::new(Lang::En));
        assert!(
            en.starts_with("the disk that holds the cache is full"),
            "{en}"
        );
        assert!(!en.contains("database or disk"), "{en}");
        let vi = error_text(&error, &I18n::new(Lang::Vi));
        assert!(vi.starts_with("ổ đĩa chứa bộ nhớ đệm đã đầy"), "{vi}");
    }

    fn unreachable(cause: FailureReason) -> Error {
        Error::Unreachable {
            url: "http://127.0.0.1:8811/api/v1/catalog".into(),
            detail: "Connection refused (os error 111)".into(),
            cause,
        }
    }

    #[test]
    fn a_server_that_is_down_is_said_in_the_readers_language_without_the_os_words() {
        let error = unreachable(FailureReason::Refused);
        for lang in [Lang::En, Lang::Vi] {
            let text = error_text(&error, &I18n::new(lang));
            assert!(!text.contains("os error"), "{text}");
            assert!(!text.contains("Connection refused"), "{text}");
        }
        let vi = error_text(&error, &I18n::new(Lang::Vi));
        assert!(vi.contains("không có máy chủ nào trả lời"), "{vi}");
        let en = error_text(&error, &I18n::new(Lang::En));
        assert!(en.contains("nothing answers"), "{en}");
    }

    #[test]
    fn each_reason_has_its_own_words_in_both_languages() {
        let reasons = FailureReason::EACH_KIND;
        for lang in [Lang::En, Lang::Vi] {
            let i18n = I18n::new(lang);
            let texts: Vec<String> = reasons.iter().map(|r| reason_text(*r, &i18n)).collect();
            for (reason, text) in reasons.iter().zip(&texts) {
                assert!(
                    !text.starts_with("failure."),
                    "{reason:?} untranslated: {text}"
                );
            }
            let mut distinct = texts.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), texts.len(), "{lang:?}: {texts:#?}");
        }
        let vi = I18n::new(Lang::Vi);
        assert!(reason_text(FailureReason::Http(503), &vi).contains("503"));
        assert_ne!(
            reason_text(FailureReason::Timeout, &vi),
            reason_text(FailureReason::Timeout, &I18n::new(Lang::En))
        );
    }

    #[test]
    fn a_stored_error_keeps_the_record_it_names_and_an_old_one_its_message() {
        let invalid = ResourceError {
            resource: Resource::Latest,
            message: "the answer is not valid: record ZZ99: unknown KPI".into(),
            reason: Some(FailureReason::Invalid),
            at_ms: 0,
        };
        let vi = resource_error_text(&invalid, &I18n::new(Lang::Vi));
        assert!(vi.starts_with("câu trả lời không hợp lệ"), "{vi}");
        assert!(vi.contains("ZZ99"), "{vi}");
        let en = resource_error_text(&invalid, &I18n::new(Lang::En));
        assert_eq!(en, invalid.message, "the core's English says it all");

        let refused = ResourceError {
            reason: Some(FailureReason::Refused),
            message: unreachable(FailureReason::Refused).to_string(),
            ..invalid.clone()
        };
        assert!(!resource_error_text(&refused, &I18n::new(Lang::Vi)).contains("os error"));

        let old = ResourceError {
            reason: None,
            ..refused
        };
        assert_eq!(resource_error_text(&old, &I18n::new(Lang::Vi)), old.message);
    }

    #[test]
    fn errors_of_the_cache_say_what_to_do_in_vietnamese_and_name_the_file() {
        let error = Error::NoCache {
            path: "/tmp/city.gpkg".into(),
        };
        let vi = error_text(&error, &I18n::new(Lang::Vi));
        assert!(
            vi.contains("citydash sync") && vi.contains("/tmp/city.gpkg"),
            "{vi}"
        );
        assert!(!vi.contains("there is no cache"), "{vi}");
        let both = error_in_both_languages(&Error::SyncInProgress {
            path: "/tmp/city.gpkg".into(),
            holder_pid: Some(42),
        });
        assert!(both.en.contains("42") && both.vi.contains("42"));
        assert_ne!(both.en, both.vi);
    }
}
