//! The token in the operating system's keyring: one entry a server, service `citydash`, user
//! the server's origin (`https://ops.example.vn`, so `https://ops.example.vn/api/` and
//! `https://OPS.example.vn:443` name the same entry).
//!
//! On Linux two stores are asked in turn. The desktop's Secret Service (GNOME Keyring, KWallet)
//! keeps a token across restarts but needs a session bus and a running keyring daemon; the
//! kernel's user keyring (keyutils) needs neither, so a wall started by a service manager with
//! no desktop can use it, but it forgets everything when the machine restarts (or the user's
//! last process ends). A token is stored in the first that answers. On macOS and Windows the
//! platform's own store is used.
//!
//! A store that cannot be reached is never an error for reading: the caller falls through to
//! the token file and `citydash config` says why.

/// The keyring service every entry is filed under.
pub const SERVICE: &str = "citydash";

/// Which store held or took a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    /// The desktop's Secret Service (kept across restarts).
    SecretService,
    /// The Linux kernel's keyring (kept until the machine restarts).
    Kernel,
    /// The platform's store (macOS Keychain, Windows Credential Manager).
    Platform,
}

/// What a lookup found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found {
        token: String,
        store: StoreKind,
    },
    /// A store answered and holds no token for the origin.
    Missing,
    /// No store could be asked; the stores' own words why.
    Unreachable(String),
}

/// Where tokens are kept: the system's keyring, or a stand-in in tests.
pub trait TokenKeyring {
    fn read(&self, origin: &str) -> Lookup;
    /// Stores `token`, saying where; the stores' own words when none took it.
    fn store(&self, origin: &str, token: &str) -> Result<StoreKind, String>;
    /// Removes the token from every store that holds it; whether one did.
    fn forget(&self, origin: &str) -> Result<bool, String>;
}

/// The origin of a server URL, the keyring entry's user: scheme, host and a port other than
/// the scheme's own. `None` for what is not an http(s) URL with a host.
pub fn origin(server: &str) -> Option<String> {
    let url = url::Url::parse(server.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return None;
    }
    Some(url.origin().ascii_serialization())
}

/// The operating system's keyring.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemKeyring;

impl TokenKeyring for SystemKeyring {
    fn read(&self, origin: &str) -> Lookup {
        let mut problems = Vec::new();
        let mut reachable = false;
        for &store in stores() {
            match get(store, origin) {
                Ok(Some(token)) if !token.trim().is_empty() => {
                    return Lookup::Found {
                        token: token.trim().to_owned(),
                        store,
                    };
                }
                Ok(_) => reachable = true,
                Err(error) => problems.push(format!("{}: {error}", kind_name(store))),
            }
        }
        if reachable || problems.is_empty() {
            Lookup::Missing
        } else {
            Lookup::Unreachable(problems.join("; "))
        }
    }

    fn store(&self, origin: &str, token: &str) -> Result<StoreKind, String> {
        let mut problems = Vec::new();
        for &store in stores() {
            match set(store, origin, token) {
                Ok(()) => return Ok(store),
                Err(error) => problems.push(format!("{}: {error}", kind_name(store))),
            }
        }
        Err(problems.join("; "))
    }

    fn forget(&self, origin: &str) -> Result<bool, String> {
        let mut problems = Vec::new();
        let mut removed = false;
        let mut reachable = false;
        for &store in stores() {
            match delete(store, origin) {
                Ok(gone) => {
                    removed |= gone;
                    reachable = true;
                }
                Err(error) => problems.push(format!("{}: {error}", kind_name(store))),
            }
        }
        if reachable {
            Ok(removed)
        } else {
            Err(problems.join("; "))
        }
    }
}

/// The stores to ask, in order.
fn stores() -> &'static [StoreKind] {
    if cfg!(target_os = "linux") {
        &[StoreKind::SecretService, StoreKind::Kernel]
    } else {
        &[StoreKind::Platform]
    }
}

/// The token in `store` for `origin`; `None` when it holds none.
fn get(store: StoreKind, origin: &str) -> Result<Option<String>, String> {
    if store == StoreKind::Kernel {
        return kernel::get(origin);
    }
    match entry(store, origin)?.get_password() {
        Ok(token) => Ok(Some(token)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(error) => Err(one_line(&error)),
    }
}

fn set(store: StoreKind, origin: &str, token: &str) -> Result<(), String> {
    if store == StoreKind::Kernel {
        return kernel::set(origin, token);
    }
    entry(store, origin)?
        .set_password(token)
        .map_err(|error| one_line(&error))
}

/// Removes the token; whether there was one.
fn delete(store: StoreKind, origin: &str) -> Result<bool, String> {
    if store == StoreKind::Kernel {
        return kernel::delete(origin);
    }
    match entry(store, origin)?.delete_credential() {
        Ok(()) => Ok(true),
        Err(keyring::Error::NoEntry) => Ok(false),
        Err(error) => Err(one_line(&error)),
    }
}

/// The `keyring` crate's entry for `origin` in `store`.
fn entry(store: StoreKind, origin: &str) -> Result<keyring::Entry, String> {
    #[cfg(target_os = "linux")]
    if store == StoreKind::SecretService {
        return keyring::secret_service::SsCredential::new_with_target(None, SERVICE, origin)
            .map(|credential| keyring::Entry::new_with_credential(Box::new(credential)))
            .map_err(|error| one_line(&error));
    }
    let _ = store;
    keyring::Entry::new(SERVICE, origin).map_err(|error| one_line(&error))
}

/// The Linux kernel's keyring: the user keyring, which every process of the user shares.
/// (The `keyring` crate's keyutils store files entries in the session keyring, which a process
/// started with none, as under a service manager or in a container, cannot search; seen as
/// "access denied" on a token another process had just stored.)
#[cfg(target_os = "linux")]
mod kernel {
    use linux_keyutils::{KeyError, KeyRing, KeyRingIdentifier};

    fn description(origin: &str) -> String {
        format!("{}:{origin}", super::SERVICE)
    }

    fn user_keyring() -> Result<KeyRing, String> {
        KeyRing::from_special_id(KeyRingIdentifier::User, false).map_err(|e| e.to_string())
    }

    fn absent(error: &KeyError) -> bool {
        matches!(
            error,
            KeyError::KeyDoesNotExist | KeyError::KeyRevoked | KeyError::KeyExpired
        )
    }

    pub fn get(origin: &str) -> Result<Option<String>, String> {
        let key = match user_keyring()?.search(&description(origin)) {
            Ok(key) => key,
            Err(error) if absent(&error) => return Ok(None),
            Err(error) => return Err(error.to_string()),
        };
        let bytes = key.read_to_vec().map_err(|e| e.to_string())?;
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| "the stored token is not text".to_owned())
    }

    pub fn set(origin: &str, token: &str) -> Result<(), String> {
        user_keyring()?
            .add_key(&description(origin), token.as_bytes())
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    pub fn delete(origin: &str) -> Result<bool, String> {
        match user_keyring()?.search(&description(origin)) {
            Ok(key) => key.invalidate().map(|()| true).map_err(|e| e.to_string()),
            Err(error) if absent(&error) => Ok(false),
            Err(error) => Err(error.to_string()),
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod kernel {
    const NONE: &str = "no kernel keyring on this system";

    pub fn get(_origin: &str) -> Result<Option<String>, String> {
        Err(NONE.to_owned())
    }

    pub fn set(_origin: &str, _token: &str) -> Result<(), String> {
        Err(NONE.to_owned())
    }

    pub fn delete(_origin: &str) -> Result<bool, String> {
        Err(NONE.to_owned())
    }
}

/// A store's name in a stores' own-words detail.
fn kind_name(kind: StoreKind) -> &'static str {
    match kind {
        StoreKind::SecretService => "Secret Service",
        StoreKind::Kernel => "kernel keyring",
        StoreKind::Platform => "keyring",
    }
}

/// An error on one line (D-Bus's messages can run over several).
fn one_line(error: &keyring::Error) -> String {
    error
        .to_string()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A keyring held in memory, for tests of what reads it.
#[cfg(test)]
#[derive(Debug, Default)]
pub struct MemoryKeyring {
    pub entries: std::cell::RefCell<std::collections::BTreeMap<String, String>>,
    /// Set: every call fails as an unreachable keyring does.
    pub unreachable: Option<String>,
}

#[cfg(test)]
impl TokenKeyring for MemoryKeyring {
    fn read(&self, origin: &str) -> Lookup {
        if let Some(why) = &self.unreachable {
            return Lookup::Unreachable(why.clone());
        }
        match self.entries.borrow().get(origin) {
            Some(token) => Lookup::Found {
                token: token.clone(),
                store: StoreKind::Kernel,
            },
            None => Lookup::Missing,
        }
    }

    fn store(&self, origin: &str, token: &str) -> Result<StoreKind, String> {
        if let Some(why) = &self.unreachable {
            return Err(why.clone());
        }
        self.entries
            .borrow_mut()
            .insert(origin.to_owned(), token.to_owned());
        Ok(StoreKind::Kernel)
    }

    fn forget(&self, origin: &str) -> Result<bool, String> {
        if let Some(why) = &self.unreachable {
            return Err(why.clone());
        }
        Ok(self.entries.borrow_mut().remove(origin).is_some())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn one_server_is_one_entry_whatever_its_path_and_spelling() {
        assert_eq!(
            origin("https://OPS.example.vn:443/api/").as_deref(),
            Some("https://ops.example.vn")
        );
        assert_eq!(
            origin(" http://127.0.0.1:8787 ").as_deref(),
            Some("http://127.0.0.1:8787")
        );
        assert_ne!(origin("http://127.0.0.1:1"), origin("http://127.0.0.1:2"));
        assert_ne!(origin("http://a.vn"), origin("https://a.vn"));
        for bad in ["", "ops.example.vn", "file:///etc/passwd", "ftp://a.vn"] {
            assert_eq!(origin(bad), None, "{bad}");
        }
    }
}
