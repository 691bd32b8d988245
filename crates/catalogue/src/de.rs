//! Reading the compiled form's two shapes that JSON tells apart by their type: a part (a string
//! is text, an object a variable or a selection) and a case's key (a number or a name).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use crate::compiled::{Case, Key, Part, Pattern};

impl<'de> Deserialize<'de> for Part {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Part, D::Error> {
        deserializer.deserialize_any(PartVisitor)
    }
}

struct PartVisitor;

impl<'de> Visitor<'de> for PartVisitor {
    type Value = Part;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text, {\"var\": …} or {\"select\": …, \"cases\": […], \"other\": […]}")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Part, E> {
        Ok(Part::Text(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Part, E> {
        Ok(Part::Text(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Part, A::Error> {
        let (mut var, mut select, mut cases, mut other) = (None, None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "var" => var = Some(map.next_value::<String>()?),
                "select" => select = Some(map.next_value::<String>()?),
                "cases" => cases = Some(map.next_value::<Vec<Case>>()?),
                "other" => other = Some(map.next_value::<Pattern>()?),
                unknown => {
                    return Err(de::Error::unknown_field(
                        unknown,
                        &["var", "select", "cases", "other"],
                    ));
                }
            }
        }
        match (var, select) {
            (Some(var), None) => Ok(Part::Var { var }),
            (None, Some(select)) => Ok(Part::Select {
                select,
                cases: cases.ok_or_else(|| de::Error::missing_field("cases"))?,
                other: other.ok_or_else(|| de::Error::missing_field("other"))?,
            }),
            _ => Err(de::Error::custom("a part is a variable or a selection")),
        }
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_any(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number or a name")
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Key, E> {
        Ok(Key::Number(n))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Key, E> {
        Ok(Key::Number(n as f64))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Key, E> {
        Ok(Key::Number(n as f64))
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
        Ok(Key::Name(name.to_owned()))
    }
}
