//! The JSON Schema of the bank format, generated from the raw bank types the reader uses.
//!
//! `questions/bank.schema.json` holds its text; a test fails when the two differ, and
//! `exam-check --schema > questions/bank.schema.json` brings the file up to date.

#[cfg(feature = "schema")]
use schemars::{Schema, generate::SchemaSettings, transform::RecursiveTransform};
#[cfg(feature = "schema")]
use serde_json::Value;

#[cfg(feature = "schema")]
use super::raw::RawBank;

/// The schema's own address inside the bank folder, as banks' `"$schema"` names it.
pub const SCHEMA_FILE: &str = "bank.schema.json";

/// The bank format's JSON Schema (draft 7, which editors such as VS Code read), pretty-printed.
#[cfg(feature = "schema")]
pub fn bank_schema_text() -> String {
    let generator = SchemaSettings::draft07()
        .with(|settings| {
            settings
                .transforms
                .push(Box::new(RecursiveTransform(refuse_null)));
        })
        .into_generator();
    let mut schema = generator.into_root_schema_for::<RawBank>();
    schema.insert("title".to_owned(), "Exam Practice question bank".into());
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Raw fields are `Option`s only so the reader can report them missing; `null` is not a valid
/// value for any of them, so the schema must not offer it.
#[cfg(feature = "schema")]
fn refuse_null(schema: &mut Schema) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            object.insert("type".to_owned(), only);
        }
    }
    let single = match object.get_mut("anyOf") {
        Some(Value::Array(options)) => {
            options.retain(|o| o.get("type") != Some(&Value::from("null")));
            (options.len() == 1).then(|| options.remove(0))
        }
        _ => None,
    };
    if let Some(Value::Object(only)) = single {
        object.remove("anyOf");
        for (key, value) in only {
            object.entry(key).or_insert(value);
        }
    }
}
