//! Feeds GeoJSON pages (OGC API - Features items) through what the sync engine does with one:
//! read as an `IncomingPage`, each geometry encoded as a GeoPackage blob, the page written into
//! a layer of a real cache (`Store::begin_layer`, `write_layer_page`, `finish_layer`) and the
//! layer read back by a `Reader` as the map reads it.
//!
//! Asserts that nothing panics; that every geometry the encoder accepts decodes back equal; and
//! that a layer the store accepted reads back whole: as many features, each with its id (or
//! its place in the page), its geometry and its properties.

#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use offline_cache::model::IncomingPage;
use offline_cache::store::gpkg;
use offline_cache::store::{FetchMeta, LayerInfo, Reader, Resource, Store};

const LAYER_ID: &str = "fuzzed";

struct Cache {
    store: Store,
    reader: Reader,
}

/// One cache per process in the temporary folder (`scripts/fuzz` points `TMPDIR` at a memory
/// file system where there is one: a layer is written into it for every input, in several
/// transactions).
fn cache() -> &'static Mutex<Cache> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    CACHE.get_or_init(|| {
        let dir =
            std::env::temp_dir().join(format!("citydash-fuzz-geojson-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a folder for the cache under test");
        let path = dir.join("cache.gpkg");
        let _ = std::fs::remove_file(&path);
        let store = Store::open(&path).expect("a cache under test");
        let reader = Reader::open(&path).expect("a reader of the cache under test");
        Mutex::new(Cache { store, reader })
    })
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(page) = serde_json::from_slice::<IncomingPage>(bytes) else {
        return;
    };
    for geometry in page.features.iter().filter_map(|f| f.geometry.as_ref()) {
        if let Ok((blob, _)) = gpkg::encode(geometry) {
            assert_eq!(gpkg::decode(&blob).as_ref(), Some(geometry));
        }
    }

    let mut cache = cache()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let Cache { store, reader } = &mut *cache;
    let Ok(mut write) = store.begin_layer(LAYER_ID) else {
        panic!("a layer could not be begun in a healthy cache");
    };
    if store.write_layer_page(&mut write, &page.features).is_err() {
        store
            .abort_layer(write)
            .expect("a refused layer is dropped");
        return;
    }
    let info = LayerInfo {
        title: "Fuzzed".into(),
        source_url: "http://ioc.test/collections/fuzzed/items".into(),
        interval_secs: Some(60),
    };
    let meta = FetchMeta {
        resource: Resource::layer(LAYER_ID),
        url: info.source_url.clone(),
        etag: None,
        fetched_at_ms: 1_796_000_000_000,
    };
    if store.finish_layer(write, &info, &meta).is_err() {
        return;
    }

    let stored = match reader.features(LAYER_ID, usize::MAX >> 1) {
        Ok(stored) => stored,
        Err(error) => panic!("a layer the store accepted cannot be read back: {error}"),
    };
    assert_eq!(stored.len(), page.features.len());
    for (index, (incoming, stored)) in page.features.iter().zip(&stored).enumerate() {
        let expected_id = incoming
            .id
            .as_ref()
            .map_or_else(|| format!("#{}", index + 1), ToString::to_string);
        assert_eq!(stored.feature_id, expected_id);
        assert_eq!(stored.geometry, incoming.geometry);
        let properties: serde_json::Map<String, serde_json::Value> = incoming
            .properties
            .as_deref()
            .and_then(|raw| serde_json::from_str(raw.get()).ok())
            .unwrap_or_default();
        assert_eq!(stored.properties, properties);
    }
});
