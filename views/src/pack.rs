//! A briefing pack in the reader's language: why one is refused, who vouches for it, and the
//! banner every face shows over an opened pack (title, as of, source, signed by, expiry), so the
//! command line, the dashboard, the wall and the briefing app say the same words.

use offline_cache::pack::{KeyError, PackRefused, Signature, VerifiedPack};

use crate::format::CityZone;
use crate::i18n::I18n;

/// Why a pack is refused, in `i18n`'s language.
pub fn refusal_text(refused: &PackRefused, i18n: &I18n) -> String {
    match refused {
        PackRefused::Unreadable(detail) => {
            i18n.tf("pack.refused.unreadable", &[("detail", detail)])
        }
        PackRefused::NotSqlite(_) => i18n.t("pack.refused.not_sqlite").to_owned(),
        PackRefused::NotAPack => i18n.t("pack.refused.not_a_pack").to_owned(),
        PackRefused::Damaged(detail) => i18n.tf("pack.refused.damaged", &[("detail", detail)]),
        PackRefused::BadManifest(detail) => {
            i18n.tf("pack.refused.bad_manifest", &[("detail", detail)])
        }
        PackRefused::NewerFormat { found, supported } => i18n.tf(
            "pack.refused.newer",
            &[
                ("found", &found.to_string()),
                ("supported", &supported.to_string()),
            ],
        ),
        PackRefused::ContentChanged => i18n.t("pack.refused.changed").to_owned(),
        PackRefused::BadSignature(detail) => {
            i18n.tf("pack.refused.bad_signature", &[("detail", detail)])
        }
    }
}

/// What is wrong with a key file or a key, in `i18n`'s language.
pub fn key_error_text(error: &KeyError, i18n: &I18n) -> String {
    match error {
        KeyError::File { path, detail } => i18n.tf(
            "pack.key.file",
            &[("path", &path.display().to_string()), ("detail", detail)],
        ),
        KeyError::NotAPublicKey(text) => i18n.tf("pack.key.not_public", &[("text", text)]),
        KeyError::NotAPrivateKey => i18n.t("pack.key.not_private").to_owned(),
        KeyError::SharedSecret(path) => {
            i18n.tf("pack.key.shared", &[("path", &path.display().to_string())])
        }
    }
}

/// A short code for each refusal, for JSON and scripts.
pub fn refusal_code(refused: &PackRefused) -> &'static str {
    match refused {
        PackRefused::Unreadable(_) => "unreadable",
        PackRefused::NotSqlite(_) => "not-sqlite",
        PackRefused::NotAPack => "not-a-pack",
        PackRefused::Damaged(_) => "damaged",
        PackRefused::BadManifest(_) => "bad-manifest",
        PackRefused::NewerFormat { .. } => "newer-format",
        PackRefused::ContentChanged => "content-changed",
        PackRefused::BadSignature(_) => "bad-signature",
    }
}

/// Who vouches for a pack: "signed by …", "unsigned", or a warning about an unknown key.
pub fn signature_text(signature: &Signature, i18n: &I18n) -> String {
    match signature {
        Signature::Unsigned => i18n.t("pack.signature.unsigned").to_owned(),
        Signature::Trusted { name, fingerprint } => i18n.tf(
            "pack.signature.trusted",
            &[("name", name), ("fingerprint", fingerprint)],
        ),
        Signature::Unknown {
            claimed_name,
            fingerprint,
            ..
        } => i18n.tf(
            "pack.signature.unknown",
            &[("name", claimed_name), ("fingerprint", fingerprint)],
        ),
    }
}

/// The banner over an opened pack, every part a line of plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackBanner {
    /// "Briefing pack: <title>" (read-only, never synced).
    pub title: String,
    /// "As of 18:00 04/12/2026; ages are counted from then."
    pub as_of: String,
    /// "Source: <server>" or "Source: unknown".
    pub source: String,
    pub signature: String,
    /// "Good until …", "Expired on …", or "No expiry".
    pub expiry: String,
    /// Expired or signed by an unknown key: the banner asks for attention.
    pub warning: bool,
}

impl PackBanner {
    pub fn new(pack: &VerifiedPack, signature: &Signature, now_ms: i64, i18n: &I18n) -> Self {
        let zone = CityZone::fallback();
        let manifest = &pack.manifest;
        let expired = pack.is_expired(now_ms);
        let expiry = match manifest.expires_at_ms {
            None => i18n.t("pack.banner.no_expiry").to_owned(),
            Some(at) if expired => {
                i18n.tf("pack.banner.expired", &[("time", &zone.format(at, i18n))])
            }
            Some(at) => i18n.tf(
                "pack.banner.good_until",
                &[("time", &zone.format(at, i18n))],
            ),
        };
        let source = manifest
            .source_server
            .clone()
            .unwrap_or_else(|| i18n.t("pack.banner.unknown_source").to_owned());
        Self {
            title: i18n.tf("pack.banner.title", &[("title", &manifest.title)]),
            as_of: i18n.tf(
                "pack.banner.as_of",
                &[("time", &zone.format(manifest.as_of_ms, i18n))],
            ),
            source: i18n.tf("pack.banner.source", &[("source", &source)]),
            signature: signature_text(signature, i18n),
            expiry,
            warning: expired || signature.needs_consent(),
        }
    }

    /// The banner as one line, its parts joined as the language joins them.
    pub fn line(&self) -> String {
        [
            &self.title,
            &self.as_of,
            &self.source,
            &self.signature,
            &self.expiry,
        ]
        .map(String::as_str)
        .join(" · ")
    }
}

/// The question asked before a pack signed by a key the user has not trusted is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentModel {
    pub heading: String,
    /// The pack's title, and who it says signed it, with the key's fingerprint.
    pub lines: Vec<String>,
    /// What to do before saying yes.
    pub advice: String,
    pub open_label: String,
    pub cancel_label: String,
}

impl ConsentModel {
    pub fn new(pack: &VerifiedPack, signature: &Signature, i18n: &I18n) -> Self {
        let zone = CityZone::fallback();
        let manifest = &pack.manifest;
        Self {
            heading: i18n.t("pack.consent.heading").to_owned(),
            lines: vec![
                i18n.tf(
                    "pack.consent.pack",
                    &[
                        ("title", &manifest.title),
                        ("as_of", &zone.format(manifest.as_of_ms, i18n)),
                    ],
                ),
                signature_text(signature, i18n),
            ],
            advice: i18n.t("pack.consent.advice").to_owned(),
            open_label: i18n.t("pack.consent.open").to_owned(),
            cancel_label: i18n.t("pack.consent.cancel").to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::i18n::Lang;
    use offline_cache::pack::{Holds, Manifest};

    fn pack(expires_at_ms: Option<i64>) -> VerifiedPack {
        VerifiedPack {
            manifest: Manifest {
                format_version: 1,
                title: "Họp giao ban".into(),
                author: None,
                source_server: Some("https://ioc.hcmc.example".into()),
                created_at_ms: 1_796_000_000_000,
                // 2026-12-01 18:00 in the city.
                as_of_ms: 1_796_122_800_000,
                expires_at_ms,
                holds: Holds {
                    kpis: vec![],
                    from_ms: 0,
                    to_ms: 0,
                    layers: vec![],
                    zooms: None,
                    bbox: None,
                    observations: 0,
                    alerts: 0,
                    features: 0,
                    tiles: 0,
                },
                content_sha256: String::new(),
                signer: None,
            },
            manifest_text: String::new(),
            signature: None,
            signed_by: None,
        }
    }

    #[test]
    fn the_banner_says_title_as_of_source_signer_and_expiry_in_both_languages() {
        let trusted = Signature::Trusted {
            name: "Văn phòng UBND".into(),
            fingerprint: "SHA256:0000:1111:2222:3333".into(),
        };
        let now = 1_796_200_000_000;
        let en = PackBanner::new(&pack(Some(now + 1)), &trusted, now, &I18n::new(Lang::En));
        assert_eq!(
            en.title,
            "Briefing pack: Họp giao ban (read-only, not synced)"
        );
        assert_eq!(
            en.as_of,
            "As of 2026-12-01 18:00 (UTC+7); ages count from then"
        );
        assert_eq!(en.source, "Source: https://ioc.hcmc.example");
        assert_eq!(
            en.signature,
            "signed by Văn phòng UBND (SHA256:0000:1111:2222:3333)"
        );
        assert!(en.expiry.starts_with("Good until "), "{}", en.expiry);
        assert!(!en.warning);

        let vi = PackBanner::new(
            &pack(Some(now - 1)),
            &Signature::Unsigned,
            now,
            &I18n::new(Lang::Vi),
        );
        assert!(
            vi.title.starts_with("Gói báo cáo: Họp giao ban"),
            "{}",
            vi.title
        );
        assert!(vi.as_of.contains("18:00 01/12/2026"), "{}", vi.as_of);
        assert!(vi.signature.starts_with("chưa ký"), "{}", vi.signature);
        assert!(vi.expiry.starts_with("Đã hết hạn"), "{}", vi.expiry);
        assert!(vi.warning, "expired");

        let unknown = Signature::Unknown {
            claimed_name: "Văn phòng UBND".into(),
            fingerprint: "SHA256:9999:8888:7777:6666".into(),
            public_key: String::new(),
        };
        let banner = PackBanner::new(&pack(None), &unknown, now, &I18n::new(Lang::En));
        assert!(banner.warning, "an unknown key asks for attention");
        assert!(
            banner.signature.contains("not trusted"),
            "{}",
            banner.signature
        );
        assert_eq!(banner.expiry, "No expiry");
        let consent = ConsentModel::new(&pack(None), &unknown, &I18n::new(Lang::Vi));
        assert!(consent.lines[1].contains("SHA256:9999:8888:7777:6666"));
        assert!(!consent.open_label.is_empty() && consent.open_label != "pack.consent.open");
    }

    #[test]
    fn every_refusal_has_words_and_a_code_in_both_languages() {
        let refusals = [
            PackRefused::Unreadable("gone".into()),
            PackRefused::NotSqlite("x".into()),
            PackRefused::NotAPack,
            PackRefused::Damaged("page 3".into()),
            PackRefused::BadManifest("x".into()),
            PackRefused::NewerFormat {
                found: 9,
                supported: 1,
            },
            PackRefused::ContentChanged,
            PackRefused::BadSignature("x".into()),
        ];
        let mut codes = std::collections::BTreeSet::new();
        for refused in &refusals {
            for lang in [Lang::En, Lang::Vi] {
                let text = refusal_text(refused, &I18n::new(lang));
                assert!(
                    !text.starts_with("pack."),
                    "{refused:?} in {lang:?}: {text}"
                );
            }
            codes.insert(refusal_code(refused));
        }
        assert_eq!(codes.len(), refusals.len(), "one code each");
    }
}
