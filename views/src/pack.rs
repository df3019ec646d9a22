//! A briefing pack in the reader's language: why one is refused, who vouches for it, and the
//! banner every face shows over an opened pack (title, as of, source, signed by, expiry), so the
//! command line, the dashboard, the wall and the briefing app say the same words.

use offline_cache::pack::{PackRefused, Signature, VerifiedPack};

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
