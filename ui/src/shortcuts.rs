//! Keyboard shortcuts for the main views and switches. The app consumes them in its logic step;
//! the top bar shows each one next to the control it stands for.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Something the keyboard can ask the dashboard to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppCommand {
    ShowOverview,
    ShowMap,
    ToggleAlerts,
    /// Put the cursor in the overview's search field.
    FocusSearch,
    ToggleLanguage,
    ToggleTheme,
}

/// Every shortcut, in the order the help lists them. `COMMAND` is Ctrl, or ⌘ on a Mac.
pub const SHORTCUTS: [(KeyboardShortcut, AppCommand); 6] = [
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Num1),
        AppCommand::ShowOverview,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Num2),
        AppCommand::ShowMap,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Num3),
        AppCommand::ToggleAlerts,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::F),
        AppCommand::FocusSearch,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::L),
        AppCommand::ToggleLanguage,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::T),
        AppCommand::ToggleTheme,
    ),
];

/// The commands whose shortcuts were pressed since the last frame; consumes them so no text field
/// also sees them.
pub fn pressed(ctx: &egui::Context) -> Vec<AppCommand> {
    ctx.input_mut(|input| {
        SHORTCUTS
            .iter()
            .filter(|(shortcut, _)| input.consume_shortcut(shortcut))
            .map(|(_, command)| *command)
            .collect()
    })
}

/// The shortcut of `command` as this platform writes it, e.g. `Ctrl+2`.
pub fn shortcut_text(ctx: &egui::Context, command: AppCommand) -> String {
    SHORTCUTS
        .iter()
        .find(|(_, candidate)| *candidate == command)
        .map(|(shortcut, _)| ctx.format_shortcut(shortcut))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_one_distinct_shortcut() {
        for (i, (shortcut, command)) in SHORTCUTS.iter().enumerate() {
            for (other_shortcut, other_command) in &SHORTCUTS[i + 1..] {
                assert_ne!(shortcut, other_shortcut);
                assert_ne!(command, other_command);
            }
        }
    }

    #[test]
    fn a_pressed_shortcut_is_reported_once() {
        let ctx = egui::Context::default();
        let mut input = egui::RawInput::default();
        input.events.push(egui::Event::Key {
            key: Key::Num2,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: Modifiers::COMMAND,
        });
        let mut seen = Vec::new();
        // egui insists that a frame's texture changes are handled; there is no renderer here.
        ctx.run_ui(input, |ui| seen = pressed(ui.ctx()))
            .textures_delta
            .clear();
        assert_eq!(seen, vec![AppCommand::ShowMap]);
        ctx.run_ui(egui::RawInput::default(), |ui| seen = pressed(ui.ctx()))
            .textures_delta
            .clear();
        assert!(seen.is_empty());
        assert!(!shortcut_text(&ctx, AppCommand::ShowMap).is_empty());
    }
}
