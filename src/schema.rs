//! JSON Schema (Draft 2020-12) of the document and of the crate's outputs.
