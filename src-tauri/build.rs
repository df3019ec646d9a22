//! Builds the app's context (config, capabilities, embedded pages) and names the commands the
//! page may call, so each needs its own permission in `capabilities/`.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "startup",
        "set_language",
        "choose_source",
        "open_cache",
        "accept_source",
        "decline_source",
        "render",
        "save_pdf",
        "set_presenting",
        "data_age",
    ]);
    if let Err(error) =
        tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
    {
        println!("cargo::error=tauri build: {error:#}");
    }
}
