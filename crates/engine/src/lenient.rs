//! A macro for raw file structs whose fields are all optional and whose unknown keys are collected.
//!
//! Serde's `deny_unknown_fields` stops at the first stray key and knows nothing of which question
//! it sits in. Collecting unknown keys instead lets the validator report every one of them at
//! once, with the question id and index, while keeping serde_json's fast streaming parse (no
//! `flatten`, which would buffer every object).
//!
//! The same declaration derives the bank format's JSON Schema (see [`crate::schema`]),
//! so the schema editors check against cannot drift from what the reader accepts.

/// Declares a struct of `Option` fields read from a JSON object, recording unknown keys.
#[macro_export]
macro_rules! lenient_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty = $key:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Default, Clone, PartialEq)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
        pub struct $name {
            // Field attributes are doc comments and `schemars` settings; both matter only to
            // the schema, so they are kept with it.
            $(
                $(#[cfg_attr(feature = "schema", $field_meta)])*
                #[cfg_attr(feature = "schema", schemars(rename = $key))]
                pub $field: Option<$ty>,
            )*
            /// Keys the format does not know, in file order.
            #[cfg_attr(feature = "schema", schemars(skip))]
            pub unknown_fields: Vec<String>,
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // The object's keys, told apart without allocating: only an unknown key is kept
                // as a string (for its problem report).
                #[allow(non_camel_case_types)]
                enum Key {
                    $( $field, )*
                    Unknown(String),
                }
                impl<'de> serde::Deserialize<'de> for Key {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        struct KeyVisitor;
                        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
                            type Value = Key;
                            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                                f.write_str("a field name")
                            }
                            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Key, E> {
                                Ok(match key {
                                    $( $key => Key::$field, )*
                                    other => Key::Unknown(other.to_owned()),
                                })
                            }
                        }
                        deserializer.deserialize_identifier(KeyVisitor)
                    }
                }

                struct FieldVisitor;
                impl<'de> serde::de::Visitor<'de> for FieldVisitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a JSON object (", stringify!($name), ")"))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<$name, A::Error> {
                        let mut out = $name::default();
                        while let Some(key) = map.next_key::<Key>()? {
                            match key {
                                $( Key::$field => out.$field = map.next_value()?, )*
                                Key::Unknown(name) => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                    out.unknown_fields.push(name);
                                }
                            }
                        }
                        Ok(out)
                    }
                }
                deserializer.deserialize_map(FieldVisitor)
            }
        }
    };
}
