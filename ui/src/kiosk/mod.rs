//! The meeting-room wall's parts that need no window: the playlist ([`playlist`]) and the
//! rotation on a given clock ([`rotation`]). The kiosk's window is [`crate::app::kiosk`].

pub mod playlist;
pub mod rotation;
