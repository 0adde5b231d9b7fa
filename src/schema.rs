//! JSON Schema (Draft 2020-12) of the document and of the crate's outputs.

/// Names of the schemas [`schema`] can produce.
pub const SCHEMA_NAMES: &[&str] = &["document"];

/// The schema called `name`, or `None`.
pub fn schema(name: &str) -> Option<serde_json::Value> {
    match name {
        "document" => serde_json::to_value(schemars::schema_for!(crate::EcmsDocument)).ok(),
        _ => None,
    }
}
