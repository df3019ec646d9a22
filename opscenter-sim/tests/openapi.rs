//! The OpenAPI document describes what the server really serves: every route is in it, every
//! documented path answers, and real answers validate against its schemas (draft 2020-12).

// Helpers in a test file are tests too: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{client, config, get, get_json, start};
use opscenter_sim::{API_ROUTES, Fault, Route, SimConfig};
use serde_json::{Value, json};

fn validator(doc: &Value, schema_name: &str) -> jsonschema::Validator {
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/components/schemas/{schema_name}"),
        "components": doc["components"].clone(),
    });
    jsonschema::draft202012::new(&schema).unwrap_or_else(|error| panic!("{schema_name}: {error}"))
}

fn assert_valid(doc: &Value, schema_name: &str, instance: &Value) {
    let validator = validator(doc, schema_name);
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{schema_name}: {errors:#?}");
}

fn refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                if key == "$ref" {
                    out.push(value.as_str().unwrap_or_default().to_owned());
                }
                refs(value, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| refs(item, out)),
        _ => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn document_is_self_contained_and_names_every_route() {
    let sim = start(config()).await;
    let doc = get_json(&sim, "/api/v1/openapi.json").await;
    assert_eq!(doc["openapi"], "3.1.0");
    let mut all_refs = Vec::new();
    refs(&doc, &mut all_refs);
    for reference in &all_refs {
        let pointer = reference
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("external $ref {reference}"));
        assert!(doc.pointer(pointer).is_some(), "dangling $ref {reference}");
    }
    for (method, path) in API_ROUTES {
        assert!(
            doc["paths"][path][method].is_object(),
            "{method} {path} is not documented"
        );
    }
    let documented: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    for path in documented {
        for method in doc["paths"][path].as_object().unwrap().keys() {
            assert!(
                API_ROUTES.contains(&(method.as_str(), path.as_str())),
                "{method} {path} is documented but not served"
            );
        }
        let concrete = path
            .replace("{id}", "EN03")
            .replace("{collectionId}", "wards")
            .replace("{featureId}", "HCM-W001")
            .replace("{z}", "13")
            .replace("{x}", "6523")
            .replace("{y}", "3849");
        let url = format!("{}{concrete}", sim.url());
        let response = client().get(&url).send().await.unwrap();
        assert_ne!(
            response.status(),
            404,
            "{path} is documented but answers 404"
        );
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_answers_validate_against_the_schemas() {
    let sim = start(SimConfig {
        start_ms: 1_761_955_200_000, // 2025-11-01: alerts of every kind in the history
        history_days: 20,
        ..config()
    })
    .await;
    let doc = get_json(&sim, "/api/v1/openapi.json").await;
    assert_valid(&doc, "Catalog", &get_json(&sim, "/api/v1/catalog").await);
    let latest = get_json(&sim, "/api/v1/kpis/latest").await;
    assert_valid(&doc, "LatestValues", &latest);
    assert!(
        latest["values"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v.get("previous").is_some())
    );
    for id in ["EN03", "DE01", "MO02"] {
        let page = get_json(&sim, &format!("/api/v1/kpis/{id}/series?from=0&limit=100")).await;
        assert_valid(&doc, "SeriesPage", &page);
    }
    let paged = get_json(&sim, "/api/v1/kpis/MO02/series?limit=10").await;
    assert!(paged["next"].is_string());
    let alerts = get_json(&sim, "/api/v1/alerts").await;
    assert!(
        alerts["alerts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a.get("feature").is_some())
    );
    assert_valid(&doc, "AlertsPage", &alerts);
    assert_valid(&doc, "LandingPage", &get_json(&sim, "/").await);
    assert_valid(&doc, "Conformance", &get_json(&sim, "/conformance").await);
    let collections = get_json(&sim, "/collections").await;
    assert_valid(&doc, "Collections", &collections);
    assert_eq!(collections["collections"].as_array().unwrap().len(), 12);
    assert_valid(
        &doc,
        "Collection",
        &get_json(&sim, "/collections/wards").await,
    );
    for layer in collections["collections"].as_array().unwrap() {
        let id = layer["id"].as_str().unwrap();
        let page = get_json(&sim, &format!("/collections/{id}/items?limit=200")).await;
        assert_valid(&doc, "FeatureCollection", &page);
        assert!(
            !page["features"].as_array().unwrap().is_empty(),
            "{id} is empty"
        );
    }
    let paged = get_json(&sim, "/collections/cameras/items?limit=10&offset=20").await;
    assert_valid(&doc, "FeatureCollection", &paged);
    assert!(
        paged["links"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["rel"] == "next")
    );
    for path in [
        "/api/v1/kpis/ZZ99/series",
        "/api/v1/alerts?since=nonsense",
        "/nowhere",
        "/collections/nowhere",
        "/collections/nowhere/items",
        "/collections/wards/items/nobody",
        "/collections/wards/items?bbox=1,2,3",
        "/tiles/7/0/0.png",
    ] {
        let response = get(&sim, path).await;
        assert!(response.status().is_client_error());
        assert_valid(&doc, "ApiError", &response.json().await.unwrap());
    }
    let unauthorized = reqwest::get(format!("{}/api/v1/catalog", sim.url()))
        .await
        .unwrap();
    assert_valid(&doc, "ApiError", &unauthorized.json().await.unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_schemas_reject_broken_answers() {
    let sim = start(config()).await;
    let doc = get_json(&sim, "/api/v1/openapi.json").await;
    sim.set_fault(Route::Latest, Fault::WrongValueType);
    let broken = get_json(&sim, "/api/v1/kpis/latest").await;
    assert!(!validator(&doc, "LatestValues").is_valid(&broken));
    sim.set_fault(Route::Catalog, Fault::WrongValueType);
    let broken = get_json(&sim, "/api/v1/catalog").await;
    assert!(!validator(&doc, "Catalog").is_valid(&broken));
    let page = get_json(&sim, "/collections/wards/items?limit=5").await;
    assert!(validator(&doc, "FeatureCollection").is_valid(&page));
    sim.set_fault(Route::Features, Fault::InvalidGeometry);
    let broken = get_json(&sim, "/collections/wards/items?limit=5").await;
    assert!(!validator(&doc, "FeatureCollection").is_valid(&broken));
}
