//! The app's commands through Tauri's mock runtime, with the app's own config and
//! capabilities: a signed pack made from the simulator on loopback is opened at launch, the
//! preview renders and re-renders, a stale request is skipped, the PDF is saved where the
//! (scripted) dialog says, a changed pack is refused while the open one stays, a pack signed by
//! an unknown key waits for a yes, errors come typed and in the user's language, and a page
//! from anywhere but the app's own origin is refused.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::{Value, json};
use tauri::Manager as _;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;

use citydash_briefing::{FilePicker, Picker, Session};
use citydash_views::i18n::Lang;
use offline_cache::pack::TrustedKeys;

mod support;
use support::{FIXTURE, HOSTILE_NAME};

/// Answers the dialogs from a script: each `pick_*` takes the next answer.
#[derive(Default)]
struct ScriptedPicker {
    answers: Mutex<Vec<Option<PathBuf>>>,
    asked: Mutex<Vec<String>>,
}

impl FilePicker for &'static ScriptedPicker {
    fn pick_source(&self, title: &str, _filter_name: &str) -> Option<PathBuf> {
        self.asked.lock().unwrap().push(title.to_owned());
        self.answers.lock().unwrap().remove(0)
    }

    fn pick_pdf_destination(&self, title: &str, suggested_name: &str) -> Option<PathBuf> {
        self.asked
            .lock()
            .unwrap()
            .push(format!("{title} {suggested_name}"));
        self.answers.lock().unwrap().remove(0)
    }
}

struct TestApp {
    _app: tauri::App<MockRuntime>,
    window: tauri::WebviewWindow<MockRuntime>,
    picker: &'static ScriptedPicker,
}

fn trusted() -> TrustedKeys {
    let mut keys = TrustedKeys::default();
    keys.add(FIXTURE.key.public(), "Văn phòng UBND");
    keys
}

/// The app as `main` builds it, on the mock runtime, with `launch` opened at start.
fn app(trusted: TrustedKeys, launch: Option<&Path>, lang: Lang) -> TestApp {
    let session = Session::new(
        trusted,
        Some(FIXTURE.cache.clone()),
        launch.map(Path::to_owned),
        lang,
    );
    let app = citydash_briefing::app(mock_builder(), session)
        .build(citydash_briefing::context())
        .expect("the app builds with its own config and capabilities");
    let picker: &'static ScriptedPicker = Box::leak(Box::default());
    app.manage(Picker(Box::new(picker)));
    // The config's window, as `run` would make it.
    let window = tauri::WebviewWindowBuilder::from_config(&app, &app.config().app.windows[0])
        .unwrap()
        .build()
        .unwrap();
    TestApp {
        _app: app,
        window,
        picker,
    }
}

fn invoke_from(
    window: &tauri::WebviewWindow<MockRuntime>,
    url: &str,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: url.parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_owned(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

impl TestApp {
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        invoke_from(&self.window, "tauri://localhost", cmd, args)
    }

    fn answer(&self, answers: Vec<Option<PathBuf>>) {
        *self.picker.answers.lock().unwrap() = answers;
    }
}

fn choices(lang: &str, kpis: &[&str]) -> Value {
    json!({
        "lang": lang,
        "title": "Giao ban <b>#1</b>",
        "period": "7d",
        "sections": ["cover", "headlines", "charts", "alerts", "notes"],
        "kpis": kpis,
        "notes": "#strong[ghi chú]",
    })
}

#[test]
fn a_pack_opened_at_launch_previews_re_renders_and_saves_as_pdf() {
    let test = app(trusted(), Some(&FIXTURE.pack), Lang::Vi);
    let startup = test.invoke("startup", json!({})).unwrap();
    assert_eq!(startup["page"]["lang"], "vi");
    assert_eq!(startup["page"]["text"]["briefing.save_pdf"], "Lưu PDF…");
    let source = &startup["source"];
    assert_eq!(source["kind"], "pack");
    assert_eq!(source["name"], "week.citybrief");
    assert!(source["consent"].is_null());
    let lines = source["lines"].to_string();
    assert!(lines.contains("Văn phòng UBND"), "{lines}");
    // Text from the pack travels as data, exactly as it was.
    let names: Vec<&str> = source["kpis"]
        .as_array()
        .unwrap()
        .iter()
        .map(|kpi| kpi["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&HOSTILE_NAME), "{names:?}");
    assert_eq!(source["defaults"]["lang"], "vi");
    assert!(!source["defaults"]["kpis"].as_array().unwrap().is_empty());

    let preview = test
        .invoke(
            "render",
            json!({"seq": 1, "choices": choices("vi", &["EN03", "MO02", "PS01"])}),
        )
        .unwrap();
    assert_eq!(preview["stale"], false);
    let pages = preview["pages"].as_array().unwrap();
    assert!(pages.len() >= 2, "{} pages", pages.len());
    assert!(
        pages
            .iter()
            .all(|page| page.as_str().unwrap().starts_with("<svg"))
    );
    assert!(
        preview["summary"].as_str().unwrap().contains("3 chỉ số"),
        "{}",
        preview["summary"]
    );

    // One choice changed: fewer KPIs, fewer or as many pages, laid out again.
    let fewer = test
        .invoke(
            "render",
            json!({"seq": 2, "choices": choices("vi", &["EN03"])}),
        )
        .unwrap();
    assert!(fewer["summary"].as_str().unwrap().contains("1 chỉ số"));
    assert_ne!(fewer["pages"], preview["pages"]);
    // A request older than one already asked for is skipped.
    let stale = test
        .invoke(
            "render",
            json!({"seq": 1, "choices": choices("vi", &["EN03"])}),
        )
        .unwrap();
    assert_eq!(stale["stale"], true);
    assert!(stale["pages"].as_array().unwrap().is_empty());

    // Saved where the dialog says; cancelled, nothing happens.
    let out = FIXTURE.dir.path().join("giao-ban");
    test.answer(vec![Some(out.clone()), None]);
    let saved = test.invoke("save_pdf", json!({})).unwrap();
    let written = out.with_extension("pdf");
    let pdf = std::fs::read(&written).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    assert!(
        saved["message"].as_str().unwrap().starts_with("Đã lưu"),
        "{saved}"
    );
    assert!(
        test.picker.asked.lock().unwrap()[0].ends_with("briefing-2026-11-20.pdf"),
        "the as-of date names the file: {:?}",
        test.picker.asked.lock().unwrap()
    );
    assert_eq!(test.invoke("save_pdf", json!({})).unwrap(), Value::Null);

    let age = test.invoke("data_age", json!({})).unwrap();
    let age = age.as_str().unwrap();
    assert!(
        age.starts_with("Dữ liệu tại thời điểm") && age.contains("20/11/2026"),
        "{age}"
    );
    test.invoke("set_presenting", json!({"on": true})).unwrap();
    test.invoke("set_presenting", json!({"on": false})).unwrap();
}

#[test]
fn errors_are_typed_and_said_in_the_users_language() {
    let test = app(trusted(), None, Lang::En);
    // No pack named at launch: the cache is opened.
    let startup = test.invoke("startup", json!({})).unwrap();
    assert_eq!(startup["source"]["kind"], "cache");
    assert_eq!(
        startup["source"]["defaults"]["lang"], "en",
        "the app's language first"
    );

    let unknown = test
        .invoke(
            "render",
            json!({"seq": 1, "choices": choices("en", &["EN03", "XX99", "ZZ01"])}),
        )
        .unwrap_err();
    assert_eq!(unknown["kind"], "choices");
    assert!(
        unknown["message"].as_str().unwrap().contains("XX99, ZZ01"),
        "{unknown}"
    );

    let mut bad_period = choices("en", &["EN03"]);
    bad_period["period"] = json!("7w");
    let error = test
        .invoke("render", json!({"seq": 2, "choices": bad_period}))
        .unwrap_err();
    assert_eq!(error["kind"], "choices");

    // Unknown fields in the choices are refused by the command, not ignored.
    let mut extra = choices("en", &["EN03"]);
    extra["script"] = json!("alert(1)");
    assert!(
        test.invoke("render", json!({"seq": 3, "choices": extra}))
            .is_err()
    );

    // The same error in Vietnamese once the user switches.
    let switched = test.invoke("set_language", json!({"lang": "vi"})).unwrap();
    assert_eq!(
        switched["page"]["text"]["briefing.open_pack"],
        "Mở gói dữ liệu…"
    );
    let unknown_vi = test
        .invoke(
            "render",
            json!({"seq": 4, "choices": choices("vi", &["XX99"])}),
        )
        .unwrap_err();
    assert_eq!(unknown_vi["kind"], "choices");
    assert_ne!(unknown_vi["message"], unknown["message"]);
    assert!(unknown_vi["message"].as_str().unwrap().contains("XX99"));

    // A launch path that does not exist: said, nothing open, nothing to save.
    let fresh = app(
        trusted(),
        Some(Path::new("/nonexistent/pack.citybrief")),
        Lang::En,
    );
    let startup = fresh.invoke("startup", json!({})).unwrap();
    assert_eq!(startup["error"]["kind"], "source", "{startup}");
    assert!(startup["source"].is_null());
    let nothing = fresh.invoke("save_pdf", json!({})).unwrap_err();
    assert_eq!(nothing["kind"], "nothing-to-save");
    let no_source = fresh
        .invoke(
            "render",
            json!({"seq": 1, "choices": choices("en", &["EN03"])}),
        )
        .unwrap_err();
    assert_eq!(no_source["kind"], "no-source");
}

#[test]
fn a_changed_pack_is_refused_and_what_was_open_stays() {
    let test = app(trusted(), Some(&FIXTURE.pack), Lang::En);
    test.invoke("startup", json!({})).unwrap();
    let changed = FIXTURE.dir.path().join("changed.citybrief");
    let mut bytes = std::fs::read(&FIXTURE.pack).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&changed, bytes).unwrap();

    test.answer(vec![Some(changed)]);
    let refused = test.invoke("choose_source", json!({})).unwrap_err();
    assert_eq!(refused["kind"], "refused", "{refused}");
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .starts_with("the pack was refused")
    );
    assert_eq!(test.picker.asked.lock().unwrap()[0], "Open a pack…");
    // The pack opened before is still the source.
    let preview = test
        .invoke(
            "render",
            json!({"seq": 1, "choices": choices("en", &["EN03"])}),
        )
        .unwrap();
    assert!(!preview["pages"].as_array().unwrap().is_empty());
    // A cancelled dialog changes nothing.
    test.answer(vec![None]);
    assert_eq!(
        test.invoke("choose_source", json!({})).unwrap(),
        Value::Null
    );
}

#[test]
fn a_pack_signed_by_an_unknown_key_waits_for_a_yes() {
    let test = app(TrustedKeys::default(), Some(&FIXTURE.pack), Lang::En);
    let startup = test.invoke("startup", json!({})).unwrap();
    let consent = &startup["source"]["consent"];
    assert!(consent["heading"].is_string(), "{startup}");
    assert!(
        consent["lines"].to_string().contains("SHA256:"),
        "{consent}"
    );
    let not_yet = test
        .invoke(
            "render",
            json!({"seq": 1, "choices": choices("en", &["EN03"])}),
        )
        .unwrap_err();
    assert_eq!(not_yet["kind"], "no-source");
    // No: nothing opens.
    assert_eq!(
        test.invoke("decline_source", json!({})).unwrap(),
        Value::Null
    );
    assert!(test.invoke("accept_source", json!({})).is_err());

    test.answer(vec![Some(FIXTURE.pack.clone())]);
    let asked = test.invoke("choose_source", json!({})).unwrap();
    assert!(asked["consent"].is_object());
    let accepted = test.invoke("accept_source", json!({})).unwrap();
    assert!(accepted["consent"].is_null());
    assert_eq!(
        accepted["warning"], true,
        "an unknown key stays in warning colours"
    );
    let preview = test
        .invoke(
            "render",
            json!({"seq": 2, "choices": choices("en", &["EN03"])}),
        )
        .unwrap();
    assert!(!preview["pages"].as_array().unwrap().is_empty());
}

#[test]
fn only_the_apps_own_page_may_call_the_commands() {
    let test = app(trusted(), Some(&FIXTURE.pack), Lang::En);
    let remote = invoke_from(&test.window, "https://example.com", "startup", json!({}));
    let refused = remote
        .expect_err("a remote page called a command")
        .to_string();
    assert!(refused.contains("not allowed"), "{refused}");
    let missing = test.invoke("plugin:fs|read_file", json!({"path": "/etc/passwd"}));
    assert!(missing.is_err());
    assert!(test.invoke("startup", json!({})).is_ok());
}
