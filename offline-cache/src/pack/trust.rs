//! Trusted signers: the public keys whose packs open without a question, kept one per line in a
//! file of the user's configuration (`citydash trust add/list/remove` edits it). A pack signed
//! by any other key still opens, but only after the user agrees, and says so on every screen.

use std::path::Path;

use super::VerifiedPack;
use super::sign::{KeyError, PUBLIC_KEY_TAG, PublicKey};

/// A key the user trusts and the name they know it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    pub key: PublicKey,
    pub name: String,
}

/// The trusted keys, in the order they were added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedKeys {
    keys: Vec<TrustedKey>,
}

/// Who vouches for a verified pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature {
    /// No signature: anybody could have made it.
    Unsigned,
    /// Signed by a key the user trusts, under the name the user gave it.
    Trusted { name: String, fingerprint: String },
    /// Signed, the signature checks, but by a key the user has not trusted; `claimed_name` is
    /// what the pack says, not something anybody vouched for.
    Unknown {
        claimed_name: String,
        fingerprint: String,
        public_key: String,
    },
}

impl Signature {
    /// Whether the user must agree before the pack is shown.
    pub fn needs_consent(&self) -> bool {
        matches!(self, Self::Unknown { .. })
    }
}

impl TrustedKeys {
    /// The keys in the trusted-keys file beside the config (`places::trusted_keys_path`; none
    /// when there is no such folder or file), with `extra` trusted for this run (each a `.pub`
    /// file or a key line). The file's lines that are not keys come back as the second value,
    /// each with the file's path, for the caller to say.
    pub fn read_configured(extra: &[String]) -> Result<(Self, Vec<String>), KeyError> {
        let (mut keys, problems) = match crate::places::trusted_keys_path() {
            Some(path) => {
                let (keys, problems) = Self::read(&path)?;
                let problems = problems
                    .into_iter()
                    .map(|problem| format!("{}: {problem}", path.display()))
                    .collect();
                (keys, problems)
            }
            None => (Self::default(), Vec::new()),
        };
        for text in extra {
            let (key, name) = PublicKey::from_file_or_text(text)?;
            keys.add(key, &name);
        }
        Ok((keys, problems))
    }

    /// Reads the trusted keys at `path`; no file is no keys. A line that is not a key is named
    /// in the second value and skipped; the keys beside it are kept.
    pub fn read(path: &Path) -> Result<(Self, Vec<String>), KeyError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Ok(Self::parse(&text)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                Ok((Self::default(), Vec::new()))
            }
            Err(error) => Err(KeyError::File {
                path: path.to_owned(),
                detail: error.to_string(),
            }),
        }
    }

    pub fn parse(text: &str) -> (Self, Vec<String>) {
        let mut keys = Self::default();
        let mut problems = Vec::new();
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match PublicKey::parse_line(line) {
                Ok((key, name)) => {
                    keys.add(key, &name);
                }
                Err(error) => problems.push(format!("line {}: {error}", number + 1)),
            }
        }
        (keys, problems)
    }

    /// Writes the keys to `path` through a temporary file, so a failure never leaves half a
    /// list; the folder is made if needed.
    pub fn write(&self, path: &Path) -> Result<(), KeyError> {
        let file_error = |error: std::io::Error| KeyError::File {
            path: path.to_owned(),
            detail: error.to_string(),
        };
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(file_error)?;
        }
        let mut text = format!(
            "# Public keys whose CityDash packs open without asking ({PUBLIC_KEY_TAG} <key> <name>).\n"
        );
        for trusted in &self.keys {
            text.push_str(&trusted.key.line(&trusted.name));
            text.push('\n');
        }
        let mut temporary = path.as_os_str().to_owned();
        temporary.push(".part");
        std::fs::write(&temporary, text).map_err(file_error)?;
        std::fs::rename(&temporary, path).map_err(file_error)
    }

    /// Trusts `key` as `name`; a key already trusted takes the new name. Returns whether it
    /// was new.
    pub fn add(&mut self, key: PublicKey, name: &str) -> bool {
        let name = name.trim().to_owned();
        match self.keys.iter_mut().find(|trusted| trusted.key == key) {
            Some(trusted) => {
                trusted.name = name;
                false
            }
            None => {
                self.keys.push(TrustedKey { key, name });
                true
            }
        }
    }

    /// Stops trusting the keys that `which` names: a key (base64 or a key line), its
    /// fingerprint, or its name exactly. Returns those removed.
    pub fn remove(&mut self, which: &str) -> Vec<TrustedKey> {
        let which = which.trim();
        let key = PublicKey::parse(which).ok();
        let (removed, kept) = self.keys.drain(..).partition(|trusted| {
            Some(trusted.key) == key || trusted.key.fingerprint() == which || trusted.name == which
        });
        self.keys = kept;
        removed
    }

    pub fn iter(&self) -> impl Iterator<Item = &TrustedKey> {
        self.keys.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn find(&self, key: &PublicKey) -> Option<&TrustedKey> {
        self.keys.iter().find(|trusted| trusted.key == *key)
    }

    /// Who vouches for `pack`.
    pub fn judge(&self, pack: &VerifiedPack) -> Signature {
        let Some(key) = pack.signed_by else {
            return Signature::Unsigned;
        };
        let claimed_name = pack
            .manifest
            .signer
            .as_ref()
            .map(|signer| signer.name.clone())
            .unwrap_or_default();
        match self.find(&key) {
            Some(trusted) => Signature::Trusted {
                name: if trusted.name.is_empty() {
                    claimed_name
                } else {
                    trusted.name.clone()
                },
                fingerprint: key.fingerprint(),
            },
            None => Signature::Unknown {
                claimed_name,
                fingerprint: key.fingerprint(),
                public_key: key.to_base64(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::pack::sign::SigningKey;

    #[test]
    fn keys_are_added_renamed_removed_and_read_back_and_a_bad_line_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config").join("trusted-keys");
        let (mut keys, problems) = TrustedKeys::read(&path).unwrap();
        assert!(keys.is_empty() && problems.is_empty(), "no file is no keys");
        let office = SigningKey::generate("office").unwrap().public();
        let deputy = SigningKey::generate("deputy").unwrap().public();
        assert!(keys.add(office, "Văn phòng UBND"));
        assert!(keys.add(deputy, "Deputy"));
        assert!(!keys.add(deputy, "Deputy chair"), "already trusted");
        keys.write(&path).unwrap();

        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("citydash-ed25519 not-base64 Mallory\n");
        std::fs::write(&path, text).unwrap();
        let (mut read, problems) = TrustedKeys::read(&path).unwrap();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("line 4:"), "{problems:?}");
        let names: Vec<&str> = read.iter().map(|k| k.name.as_str()).collect();
        assert_eq!(names, ["Văn phòng UBND", "Deputy chair"]);

        assert_eq!(read.remove(&deputy.fingerprint()).len(), 1);
        assert_eq!(read.remove("Văn phòng UBND").len(), 1);
        assert!(read.is_empty());
        assert!(read.remove(&office.to_base64()).is_empty());
    }
}
