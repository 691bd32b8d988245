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
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty = $key:literal $(read by $seed:expr)? ),* $(,)?
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
            pub unknown_fields: $crate::lenient::UnknownKeys,
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
                                $( Key::$field => out.$field = $crate::lenient_value!(map $(, $seed)?), )*
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

/// The keys of one object that the format does not know, in file order. A well-made file has
/// none, so an empty list takes one word rather than a `Vec`'s three: a large bank is tens of
/// thousands of such objects, all held at once while it is read.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct UnknownKeys(
    // Boxed on purpose (the lint's advice is for lists that are usually present).
    #[allow(clippy::box_collection)] Option<Box<Vec<String>>>,
);

impl UnknownKeys {
    pub fn push(&mut self, key: String) {
        self.0.get_or_insert_default().push(key);
    }

    pub fn as_slice(&self) -> &[String] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }
}

/// Reads one field's value in [`lenient_struct`]: as serde reads its type, or with the seed given
/// after `read by`.
#[doc(hidden)]
#[macro_export]
macro_rules! lenient_value {
    ($map:ident) => {
        $map.next_value()?
    };
    ($map:ident, $seed:expr) => {
        $map.next_value_seed($seed)?
    };
}

/// Reads an optional JSON array into a `Vec` that grows by a quarter at a time rather than
/// doubling: a bank's question list is its one large array, and while it grows the old and the
/// new list are both held, on top of every question read so far, which is when reading a large
/// bank takes the most memory. A quarter holds about a quarter less at that moment, and leaves
/// at most a fifth of the list spare; the extra copying is of small structs, next to nothing
/// against parsing their text.
pub struct GrowByQuarters<T>(std::marker::PhantomData<T>);

impl<T> GrowByQuarters<T> {
    pub const fn new() -> Self {
        GrowByQuarters(std::marker::PhantomData)
    }
}

impl<T> Default for GrowByQuarters<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::de::DeserializeSeed<'de> for GrowByQuarters<T> {
    type Value = Option<Vec<T>>;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        struct Items<T>(std::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for Items<T> {
            type Value = Option<Vec<T>>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_some<D: serde::Deserializer<'de>>(
                self,
                deserializer: D,
            ) -> Result<Self::Value, D::Error> {
                deserializer.deserialize_seq(self)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut items: Vec<T> = Vec::new();
                while let Some(item) = seq.next_element()? {
                    if items.len() == items.capacity() {
                        items.reserve_exact((items.len() / 4).max(16));
                    }
                    items.push(item);
                }
                Ok(Some(items))
            }
        }
        deserializer.deserialize_option(Items(std::marker::PhantomData))
    }
}
