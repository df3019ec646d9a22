//! `citydash token set` and `citydash token forget`: a server's token into the operating
//! system's keyring and out of it. The token is read from standard input (typed with no echo
//! at a terminal, or one line from a pipe), so it is never on a command line.

use std::io::{BufRead as _, IsTerminal as _};
use std::process::ExitCode;

use clap::Subcommand;

use super::keyring::{StoreKind, SystemKeyring, TokenKeyring, origin};
use crate::i18n::{I18n, Lang};

#[derive(Debug, clap::Args)]
pub struct TokenArgs {
    #[command(subcommand)]
    pub command: TokenCommand,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Store a server's token in the keyring, read from standard input (not shown while typed).
    Set(TokenServerArg),
    /// Remove a server's token from the keyring.
    Forget(TokenServerArg),
}

#[derive(Debug, Clone, Default, clap::Args)]
pub struct TokenServerArg {
    /// The operations center the token is for (default: the configured server).
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,
}

impl TokenArgs {
    pub(super) fn server_mut(&mut self) -> &mut Option<String> {
        match &mut self.command {
            TokenCommand::Set(args) | TokenCommand::Forget(args) => &mut args.server,
        }
    }
}

pub fn run(args: TokenArgs, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    run_with(args, &SystemKeyring, &I18n::new(lang.unwrap_or_default()))
}

fn run_with(args: TokenArgs, keyring: &dyn TokenKeyring, i18n: &I18n) -> anyhow::Result<ExitCode> {
    let (TokenCommand::Set(target) | TokenCommand::Forget(target)) = &args.command;
    let Some(server) = target.server.as_deref() else {
        say_err!("citydash: {}", i18n.t("cli.token.no_server"));
        return Ok(ExitCode::FAILURE);
    };
    let Some(origin) = origin(server) else {
        say_err!(
            "citydash: {}",
            i18n.tf("cli.token.bad_server", &[("server", server)])
        );
        return Ok(ExitCode::FAILURE);
    };
    match &args.command {
        TokenCommand::Set(_) => {
            let token = match read_token(i18n)? {
                Ok(token) => token,
                Err(problem) => {
                    say_err!("citydash: {problem}");
                    return Ok(ExitCode::FAILURE);
                }
            };
            match keyring.store(&origin, &token) {
                Ok(store) => {
                    let key = match store {
                        StoreKind::Kernel => "cli.token.stored_kernel",
                        StoreKind::SecretService | StoreKind::Platform => "cli.token.stored",
                    };
                    say!("{}", i18n.tf(key, &[("origin", &origin)]));
                    Ok(ExitCode::SUCCESS)
                }
                Err(why) => {
                    say_err!(
                        "citydash: {}",
                        i18n.tf("cli.token.not_stored", &[("detail", &why)])
                    );
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        TokenCommand::Forget(_) => match keyring.forget(&origin) {
            Ok(removed) => {
                let key = if removed {
                    "cli.token.forgotten"
                } else {
                    "cli.token.none_stored"
                };
                say!("{}", i18n.tf(key, &[("origin", &origin)]));
                Ok(ExitCode::SUCCESS)
            }
            Err(why) => {
                say_err!(
                    "citydash: {}",
                    i18n.tf("cli.token.not_forgotten", &[("detail", &why)])
                );
                Ok(ExitCode::FAILURE)
            }
        },
    }
}

/// The token from standard input: typed at a terminal without echo, else its first line.
/// An input that cannot be a token is the reason why, in the reader's language.
fn read_token(i18n: &I18n) -> anyhow::Result<Result<String, String>> {
    let stdin = std::io::stdin();
    let typed = if stdin.is_terminal() {
        rpassword::prompt_password(format!("{} ", i18n.t("cli.token.prompt")))?
    } else {
        let mut line = String::new();
        stdin.lock().read_line(&mut line)?;
        line
    };
    Ok(checked_token(&typed, i18n))
}

/// A token is one word of visible ASCII (it goes into an HTTP header as it is).
fn checked_token(typed: &str, i18n: &I18n) -> Result<String, String> {
    let token = typed.trim();
    if token.is_empty() {
        return Err(i18n.t("cli.token.empty").to_owned());
    }
    if !token.chars().all(|c| c.is_ascii_graphic()) {
        return Err(i18n.t("cli.token.not_a_token").to_owned());
    }
    Ok(token.to_owned())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::cli::keyring::{Lookup, MemoryKeyring};

    #[test]
    fn a_typed_token_is_trimmed_and_what_cannot_be_a_header_is_refused() {
        let i18n = I18n::new(Lang::En);
        assert_eq!(checked_token("  abc-123\n", &i18n).unwrap(), "abc-123");
        assert!(
            checked_token("\n", &i18n)
                .unwrap_err()
                .contains("No token was given")
        );
        for bad in ["two words", "tab\there", "đ", "bell\u{7}"] {
            assert!(checked_token(bad, &i18n).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn forget_removes_only_the_servers_entry_and_says_when_there_was_none() {
        let keyring = MemoryKeyring::default();
        keyring.store("http://127.0.0.1:1", "one").unwrap();
        keyring.store("http://127.0.0.1:2", "two").unwrap();
        let forget = |server: &str| TokenArgs {
            command: TokenCommand::Forget(TokenServerArg {
                server: Some(server.to_owned()),
            }),
        };
        let i18n = I18n::new(Lang::En);
        let code = run_with(forget("http://127.0.0.1:1/api"), &keyring, &i18n).unwrap();
        assert_eq!(code, ExitCode::SUCCESS);
        assert_eq!(keyring.read("http://127.0.0.1:1"), Lookup::Missing);
        assert!(matches!(
            keyring.read("http://127.0.0.1:2"),
            Lookup::Found { .. }
        ));
        let code = run_with(forget("not a url"), &keyring, &i18n).unwrap();
        assert_eq!(code, ExitCode::FAILURE);
        let unreachable = MemoryKeyring {
            unreachable: Some("no session bus".into()),
            ..MemoryKeyring::default()
        };
        let code = run_with(forget("http://127.0.0.1:2"), &unreachable, &i18n).unwrap();
        assert_eq!(code, ExitCode::FAILURE);
    }
}
