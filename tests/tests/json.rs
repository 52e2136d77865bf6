//! HTML-safe JSON: `vetted::Json` compared with `serde_json`, read back by html5ever, and every error.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use proptest::prelude::*;
use serde::ser::{Error as _, SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use serde_json::Value;
use serde_json::value::RawValue;
use vetted::json::{MAX_DEPTH, write_json};
use vetted::{Json, JsonError, html};
use vetted_tests::{assert_body, el, text};

/// serde_json's output with the five characters vetted escapes escaped the same way. They can
/// only appear inside strings there, so a plain replace is exact.
fn html_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Panics unless `json` is an object holding none of the characters HTML or JavaScript could
/// read as something other than data.
#[track_caller]
fn assert_html_safe(json: &str) {
    assert!(
        json.starts_with('{') && json.ends_with('}'),
        "not an object: {json}"
    );
    let bad = json
        .chars()
        .find(|&c| matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') || c < ' ');
    assert_eq!(bad, None, "raw special character in {json:?}");
}

/// Serializes `value` with vetted and with serde_json and asserts they agree byte for byte
/// (apart from the five escapes), and that vetted's text is HTML-safe. Returns vetted's text.
#[track_caller]
fn same_as_serde_json<T: Serialize + ?Sized>(value: &T) -> String {
    let ours = Json::new(value).expect("vetted refused the value");
    let theirs = serde_json::to_string(value).expect("serde_json refused the value");
    assert_eq!(ours.as_str(), html_safe(&theirs));
    assert_html_safe(ours.as_str());
    ours.into_string()
}

/// Asserts `write_json` fails with `expected` and leaves a non-empty buffer as it was, and that
/// `Json::new` fails the same way.
#[track_caller]
fn refused<T: Serialize + ?Sized>(value: &T, expected: &JsonError) {
    let mut out = String::from("<p>before</p>");
    let capacity = out.capacity();
    assert_eq!(write_json(value, &mut out).as_ref(), Err(expected));
    assert_eq!(out, "<p>before</p>");
    assert!(out.capacity() >= capacity);
    assert_eq!(Json::new(value).as_ref(), Err(expected));
}

// ---------------------------------------------------------------------------------------------
// Differential property tests against serde_json

/// Characters that mean something to JSON, HTML or JavaScript, plus multi-byte neighbours of
/// U+2028 and U+2029 (same lead byte) and other non-ASCII text.
fn special_char() -> impl Strategy<Value = char> {
    prop::sample::select(vec![
        '<', '>', '&', '"', '\\', '/', '\'', '\u{2028}', '\u{2029}', '\u{2027}', '\u{202a}',
        '\u{20ac}', '\0', '\u{1}', '\u{8}', '\t', '\n', '\u{b}', '\u{c}', '\r', '\u{1b}', '\u{1f}',
        '\u{7f}', '\u{85}', '\u{a0}', 'é', '😀', '\u{feff}', '!', '-', '[', ']',
    ])
}

fn hostile_string() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => special_char().prop_map(String::from),
        2 => any::<char>().prop_map(String::from),
        1 => prop::sample::select(vec!["</script>", "<!--", "-->", "]]>", "<script>", "a", " "])
            .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..10).prop_map(|pieces| pieces.concat())
}

fn float() -> impl Strategy<Value = f64> {
    prop_oneof![
        prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO,
        prop::sample::select(vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            1e-7,
            1e-5,
            1e15,
            1e16,
            1e21,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            5e-324,
            9_007_199_254_740_993.0,
        ]),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::sample::select(vec![i64::MIN, i64::MAX, -1, 0, 1]).prop_map(Value::from),
        prop::sample::select(vec![u64::MAX, u64::MAX - 1, 1 << 53]).prop_map(Value::from),
        float().prop_map(Value::from),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        hostile_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(hostile_string(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

fn json_object() -> impl Strategy<Value = Value> {
    prop::collection::btree_map(hostile_string(), json_value(), 0..6)
        .prop_map(|map| Value::Object(map.into_iter().collect()))
}

#[derive(Debug, Serialize)]
struct Numbers {
    i128: i128,
    u128: u128,
    i8: i8,
    u16: u16,
    f32: f32,
    f64: f64,
    floats: Vec<f32>,
}

fn finite_f32() -> impl Strategy<Value = f32> {
    prop::num::f32::NORMAL | prop::num::f32::SUBNORMAL | prop::num::f32::ZERO
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_object_matches_serde_json_and_reads_back(value in json_object()) {
        let ours = same_as_serde_json(&value);
        let read_back: Value = serde_json::from_str(&ours).expect("vetted wrote invalid JSON");
        prop_assert_eq!(read_back, value);
    }

    #[test]
    fn numbers_at_the_edges_match_serde_json(
        i128 in prop_oneof![any::<i128>(), Just(i128::MIN), Just(i128::MAX)],
        u128 in prop_oneof![any::<u128>(), Just(u128::MAX)],
        i8 in any::<i8>(),
        u16 in any::<u16>(),
        f32 in finite_f32(),
        f64 in float(),
        floats in prop::collection::vec(finite_f32(), 0..4),
    ) {
        same_as_serde_json(&Numbers { i128, u128, i8, u16, f32, f64, floats });
    }

    #[test]
    fn any_key_is_escaped_like_any_string(key in hostile_string(), value in hostile_string()) {
        let json = same_as_serde_json(&BTreeMap::from([(key.as_str(), value.as_str())]));
        let read_back: BTreeMap<String, String> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(read_back, BTreeMap::from([(key, value)]));
    }
}

#[test]
fn escapes_exactly_the_documented_characters() {
    let all_ascii: String = (0_u8..0x80).map(char::from).collect();
    let json = same_as_serde_json(&BTreeMap::from([("s", &all_ascii)]));
    assert_eq!(
        json,
        concat!(
            r#"{"s":"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f"#,
            r#"\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"#,
            r##" !\"#$%\u0026'()*+,-./0123456789:;\u003c=\u003e?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"##,
            "abcdefghijklmnopqrstuvwxyz{|}~\u{7f}\"}",
        )
    );
    let json = Json::new(&BTreeMap::from([(
        "\u{2028}<k>",
        "\u{2029}\u{2027}\u{85}é",
    )]))
    .unwrap();
    assert_eq!(
        json.as_str(),
        "{\"\\u2028\\u003ck\\u003e\":\"\\u2029\u{2027}\u{85}é\"}"
    );
}

#[test]
fn writes_floats_as_serde_json_does() {
    #[derive(Serialize)]
    struct Floats {
        values: Vec<f64>,
        single: Vec<f32>,
    }
    let json = same_as_serde_json(&Floats {
        values: vec![
            1.0, -0.0, 1e-7, 1e-5, 1e15, 1e16, 1.5e300, 5e-324, 0.1, 123.456,
        ],
        single: vec![0.1, 1e-7, 3.4e38, 16_777_216.0],
    });
    assert_eq!(
        json,
        concat!(
            r#"{"values":[1.0,-0.0,1e-7,0.00001,1000000000000000.0,1e+16,1.5e+300,5e-324,0.1,123.456],"#,
            r#""single":[0.1,1e-7,3.4e+38,16777216.0]}"#,
        )
    );
}

// ---------------------------------------------------------------------------------------------
// html5ever reads the JSON back out of a page

#[derive(Serialize)]
struct Hostile {
    close: &'static str,
    comment: &'static str,
    cdata: &'static str,
    separators: &'static str,
    #[serde(rename = "</script><script>alert(1)</script>")]
    key: u8,
}

const HOSTILE: Hostile = Hostile {
    close: "</script><p>injected</p>",
    comment: "<!--<script>",
    cdata: "]]> & &amp; &lt;",
    separators: "a\u{2028}b\u{2029}c",
    key: 1,
};

#[test]
fn json_script_block_holds_exactly_the_json() {
    let json = Json::new(&HOSTILE).unwrap();
    let page = format!(
        r#"<!DOCTYPE html><body><script type="application/json" id="d">{}</script><p>after</p></body>"#,
        json.as_str()
    );
    assert_body(
        &page,
        &[
            el(
                "script",
                &[("type", "application/json"), ("id", "d")],
                [text(json.as_str())],
            ),
            el("p", &[], [text("after")]),
        ],
    );
    // What `JSON.parse(document.getElementById("d").textContent)` sees.
    let parsed: Value = serde_json::from_str(json.as_str()).unwrap();
    assert_eq!(parsed, serde_json::to_value(&HOSTILE).unwrap());
    assert_eq!(parsed["close"], "</script><p>injected</p>");
}

#[test]
fn json_as_a_script_expression_stays_inside_the_script() {
    let json = Json::new(&HOSTILE).unwrap();
    let script = format!("const d = {};", json.as_str());
    let page = format!("<!DOCTYPE html><body><script>{script}</script><p>after</p></body>");
    assert_body(
        &page,
        &[
            el("script", &[], [text(&script)]),
            el("p", &[], [text("after")]),
        ],
    );
}

#[test]
fn json_in_an_attribute_decodes_to_the_json() {
    let json = Json::new(&HOSTILE).unwrap();
    let page = html! { <div id="app" data-state={json}></div> };
    assert!(page.as_str().contains("&#34;"));
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[("id", "app"), ("data-state", json.as_str())],
            [],
        )],
    );
}

#[test]
fn json_in_text_shows_the_json() {
    let json = Json::new(&HOSTILE).unwrap();
    let page = html! { <pre>{json}</pre><p>"after"</p> };
    assert_eq!(
        page.as_str(),
        format!("<pre>\n{}</pre><p>after</p>", json.as_str())
    );
    assert_body(
        page.as_str(),
        &[
            el("pre", &[], [text(json.as_str())]),
            el("p", &[], [text("after")]),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// The top level: objects only

#[derive(Serialize)]
struct Unit;

#[derive(Serialize)]
struct Wrapper<T>(T);

#[derive(Serialize)]
struct Pair(u8, u8);

#[derive(Serialize)]
enum Shape {
    Empty,
    Circle(f64),
    Segment(i32, i32),
    Rect { w: u32, h: u32 },
}

/// Serializes as bytes, which serde_json writes as an array of numbers.
struct Bytes(&'static [u8]);

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0)
    }
}

/// A date written with `collect_str`, as chrono writes its types.
struct Date(u16, u8, u8);

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T00:00:00+00:00",
            self.0, self.1, self.2
        )
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[test]
fn refuses_top_level_values_that_are_not_objects() {
    let not = |found| JsonError::NotAnObject { found };
    refused(&[1, 2], &not("an array"));
    refused(&vec!["a"], &not("an array"));
    refused(&(1, "a"), &not("an array"));
    refused(&Pair(1, 2), &not("an array"));
    refused(&Bytes(b"ab"), &not("an array"));
    refused("text", &not("a string"));
    refused(&'c', &not("a string"));
    refused(&Shape::Empty, &not("a string"));
    refused(&Date(2024, 1, 2), &not("a string"));
    refused(&3_u8, &not("a number"));
    refused(&-3_i128, &not("a number"));
    refused(&1.5_f32, &not("a number"));
    refused(&f64::NAN, &not("a number"));
    refused(&true, &not("a boolean"));
    refused(&(), &not("null"));
    refused(&Unit, &not("null"));
    refused(&None::<BTreeMap<u8, u8>>, &not("null"));
    refused(&Wrapper(vec![1]), &not("an array"));
    refused(&Some(Wrapper("x")), &not("a string"));
    refused(&Value::Null, &not("null"));
    refused(&serde_json::json!([{}]), &not("an array"));
}

#[test]
fn accepts_every_kind_of_top_level_object() {
    assert_eq!(same_as_serde_json(&BTreeMap::<u8, u8>::new()), "{}");
    assert_eq!(same_as_serde_json(&serde_json::json!({})), "{}");
    assert_eq!(same_as_serde_json(&Shape::Circle(1.0)), r#"{"Circle":1.0}"#);
    assert_eq!(
        same_as_serde_json(&Shape::Segment(1, -2)),
        r#"{"Segment":[1,-2]}"#
    );
    assert_eq!(
        same_as_serde_json(&Shape::Rect { w: 1, h: 2 }),
        r#"{"Rect":{"w":1,"h":2}}"#
    );
    assert_eq!(
        same_as_serde_json(&Wrapper(Some(BTreeMap::from([("a", ())])))),
        r#"{"a":null}"#
    );
    assert_eq!(
        same_as_serde_json(&Box::new(HashMap::from([(1, 2)]))),
        r#"{"1":2}"#
    );
}

#[test]
fn takes_unsized_values() {
    let slice: &[BTreeMap<&str, i32>] = &[BTreeMap::new()];
    refused(slice, &JsonError::NotAnObject { found: "an array" });
    refused("str", &JsonError::NotAnObject { found: "a string" });
}

// ---------------------------------------------------------------------------------------------
// The other errors

#[test]
fn refuses_non_finite_floats_anywhere() {
    let non_finite = |value| JsonError::NonFiniteFloat { value };
    refused(&BTreeMap::from([("x", f64::NAN)]), &non_finite("NaN"));
    refused(&BTreeMap::from([("x", f64::INFINITY)]), &non_finite("inf"));
    refused(
        &BTreeMap::from([("x", f64::NEG_INFINITY)]),
        &non_finite("-inf"),
    );
    refused(
        &BTreeMap::from([("x", vec![1.0, f32::NAN])]),
        &non_finite("NaN"),
    );
    refused(
        &BTreeMap::from([("x", [Some(f32::INFINITY)])]),
        &non_finite("inf"),
    );
    refused(&Shape::Circle(f64::NEG_INFINITY), &non_finite("-inf"));
    #[derive(Serialize)]
    struct Deep {
        list: Vec<BTreeMap<&'static str, Shape>>,
    }
    let deep = Deep {
        list: vec![
            BTreeMap::from([("s", Shape::Circle(1.0))]),
            BTreeMap::from([("s", Shape::Circle(f64::NAN))]),
        ],
    };
    refused(&deep, &non_finite("NaN"));
    // serde_json writes `null` instead, changing the data.
    assert_eq!(
        serde_json::to_string(&BTreeMap::from([("x", f64::NAN)])).unwrap(),
        r#"{"x":null}"#
    );
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
enum KeyEnum {
    Plain,
    Wrapped(u8),
    Tuple(u8, u8),
    Struct { a: u8 },
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct KeyStruct {
    a: u8,
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct KeyUnit;

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct KeyNewtype(&'static str);

/// A map with one entry whose key is `key`.
struct OneKey<K>(K);

impl<K: Serialize> Serialize for OneKey<K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(&self.0, &0)?;
        map.end()
    }
}

#[test]
fn writes_scalar_map_keys_as_serde_json_does() {
    assert_eq!(same_as_serde_json(&OneKey(-7_i8)), r#"{"-7":0}"#);
    assert_eq!(
        same_as_serde_json(&OneKey(u64::MAX)),
        r#"{"18446744073709551615":0}"#
    );
    assert_eq!(
        same_as_serde_json(&OneKey(i128::MIN)),
        r#"{"-170141183460469231731687303715884105728":0}"#
    );
    assert_eq!(
        same_as_serde_json(&OneKey(u128::MAX)),
        r#"{"340282366920938463463374607431768211455":0}"#
    );
    assert_eq!(same_as_serde_json(&OneKey(true)), r#"{"true":0}"#);
    assert_eq!(same_as_serde_json(&OneKey('<')), r#"{"\u003c":0}"#);
    assert_eq!(same_as_serde_json(&OneKey(0.5_f64)), r#"{"0.5":0}"#);
    assert_eq!(same_as_serde_json(&OneKey(1e16_f64)), r#"{"1e+16":0}"#);
    assert_eq!(same_as_serde_json(&OneKey(-0.0_f32)), r#"{"-0.0":0}"#);
    assert_eq!(
        same_as_serde_json(&OneKey(KeyEnum::Plain)),
        r#"{"Plain":0}"#
    );
    assert_eq!(
        same_as_serde_json(&OneKey(KeyNewtype("a&b"))),
        r#"{"a\u0026b":0}"#
    );
    assert_eq!(same_as_serde_json(&OneKey(Some("k"))), r#"{"k":0}"#);
    assert_eq!(
        same_as_serde_json(&OneKey(Date(2024, 2, 29))),
        r#"{"2024-02-29T00:00:00+00:00":0}"#
    );
    assert_eq!(
        same_as_serde_json(&BTreeMap::from([(3, "c"), (-1, "a"), (20, "b")])),
        r#"{"-1":"a","3":"c","20":"b"}"#
    );
}

#[test]
fn refuses_map_keys_that_are_not_strings() {
    let not = |found| JsonError::KeyNotString { found };
    refused(&OneKey(vec![1]), &not("an array"));
    refused(&OneKey((1, 2)), &not("an array"));
    refused(&OneKey(Bytes(b"k")), &not("an array"));
    refused(&OneKey(()), &not("null"));
    refused(&OneKey(KeyUnit), &not("null"));
    refused(&OneKey(None::<&str>), &not("null"));
    refused(&OneKey(KeyStruct { a: 1 }), &not("an object"));
    refused(&OneKey(BTreeMap::from([(1, 2)])), &not("an object"));
    refused(&OneKey(KeyEnum::Wrapped(1)), &not("an object"));
    refused(&OneKey(KeyEnum::Tuple(1, 2)), &not("an object"));
    refused(&OneKey(KeyEnum::Struct { a: 1 }), &not("an object"));
    refused(
        &OneKey(f64::NAN),
        &JsonError::NonFiniteFloat { value: "NaN" },
    );
    refused(
        &OneKey(f32::NEG_INFINITY),
        &JsonError::NonFiniteFloat { value: "-inf" },
    );
    // serde_json refuses the same keys.
    assert!(serde_json::to_string(&OneKey(vec![1])).is_err());
    assert!(serde_json::to_string(&OneKey(KeyEnum::Wrapped(1))).is_err());
}

/// `levels` arrays and objects nested inside each other, the outermost an object.
fn nested(levels: usize) -> Value {
    let mut value = Value::Array(vec![]);
    for level in (1..levels).rev() {
        value = if level % 2 == 0 {
            Value::Array(vec![value])
        } else {
            serde_json::json!({ "a": value })
        };
    }
    value
}

#[test]
fn limits_nesting_to_max_depth() {
    assert_eq!(MAX_DEPTH, 128);
    let deepest = nested(MAX_DEPTH);
    let json = same_as_serde_json(&deepest);
    assert_eq!(json.matches(['[', '{']).count(), MAX_DEPTH);
    refused(&nested(MAX_DEPTH + 1), &JsonError::TooDeep);
    refused(&nested(1_000), &JsonError::TooDeep);
    // A data-holding variant counts the object around it.
    #[derive(Serialize)]
    enum Variant {
        Deep(Value),
    }
    assert!(Json::new(&Variant::Deep(nested(MAX_DEPTH - 1))).is_ok());
    refused(&Variant::Deep(nested(MAX_DEPTH)), &JsonError::TooDeep);
    #[derive(Serialize)]
    enum StructVariant {
        S { inner: Value },
    }
    let inner = |levels| StructVariant::S {
        inner: nested(levels),
    };
    assert!(Json::new(&inner(MAX_DEPTH - 2)).is_ok());
    refused(&inner(MAX_DEPTH - 1), &JsonError::TooDeep);
    // serde_json's reader stops one level earlier.
    assert!(serde_json::from_str::<Value>(&Json::new(&nested(127)).unwrap().into_string()).is_ok());
    assert!(serde_json::from_str::<Value>(&json).is_err());
}

#[test]
fn carries_the_message_of_a_failing_serialize_impl() {
    struct Fails;
    impl Serialize for Fails {
        fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(S::Error::custom(format_args!(
                "cannot serialize {}",
                "<Fails>"
            )))
        }
    }
    let expected = JsonError::Custom("cannot serialize <Fails>".into());
    refused(&Fails, &expected);
    refused(&BTreeMap::from([("a", vec![Fails])]), &expected);
    assert_eq!(expected.to_string(), "cannot serialize <Fails>");
}

#[test]
fn reports_a_failing_display_impl_in_a_string() {
    struct Broken;
    impl fmt::Display for Broken {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("partial <")?;
            Err(fmt::Error)
        }
    }
    impl Serialize for Broken {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self)
        }
    }
    let expected = JsonError::Custom(
        "a `Display` impl returned an error while being written as a string".into(),
    );
    refused(&BTreeMap::from([("a", Broken)]), &expected);
    refused(&OneKey(Broken), &expected);
}

#[test]
fn reports_an_error_a_serialize_impl_swallowed() {
    /// Writes each element it can and skips the ones that fail.
    struct Lenient(Vec<f64>);
    impl Serialize for Lenient {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut seq = serializer.serialize_seq(None)?;
            for value in &self.0 {
                let _ = seq.serialize_element(value);
            }
            seq.end()
        }
    }
    refused(
        &BTreeMap::from([("a", Lenient(vec![1.0, f64::NAN, 2.0]))]),
        &JsonError::NonFiniteFloat { value: "NaN" },
    );
    /// Writes the entries it can and skips the ones that fail; with the error forgotten, the
    /// key of the failed entry would be left without a value.
    struct LenientMap(Vec<Value>);
    impl Serialize for LenientMap {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            for key in &self.0 {
                let _ = map.serialize_entry(key, &1);
            }
            map.end()
        }
    }
    refused(
        &LenientMap(vec![Value::from("a"), Value::Null, Value::from("b")]),
        &JsonError::KeyNotString { found: "null" },
    );
    assert_eq!(
        Json::new(&BTreeMap::from([("a", Lenient(vec![1.0, 2.0]))]))
            .unwrap()
            .as_str(),
        r#"{"a":[1.0,2.0]}"#
    );
}

#[test]
fn refuses_serialize_impls_that_break_the_map_protocol() {
    enum Mistake {
        KeyTwice,
        ValueWithoutKey,
        EndAfterKey,
    }
    impl Serialize for Mistake {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            match self {
                Mistake::KeyTwice => {
                    map.serialize_key("a")?;
                    map.serialize_key("b")?;
                }
                Mistake::ValueWithoutKey => map.serialize_value(&1)?,
                Mistake::EndAfterKey => map.serialize_key("a")?,
            }
            map.end()
        }
    }
    let broken = |problem| JsonError::BrokenSerialize { problem };
    refused(
        &Mistake::KeyTwice,
        &broken("wrote two map keys in a row; call `serialize_value` after each key"),
    );
    refused(
        &Mistake::ValueWithoutKey,
        &broken("wrote a map value without a key; call `serialize_key` first"),
    );
    refused(
        &BTreeMap::from([("nested", [Mistake::EndAfterKey])]),
        &broken("ended a map after a key without its value; call `serialize_value` after each key"),
    );
}

#[test]
fn error_messages_say_what_is_wrong_and_how_to_fix_it() {
    let messages = [
        (
            JsonError::NotAnObject { found: "an array" },
            "the top-level value is an array, not an object; wrap it in a struct or a map",
        ),
        (
            JsonError::NonFiniteFloat { value: "inf" },
            "the float `inf` has no JSON form; use an `Option` (`null`) or a string for it",
        ),
        (
            JsonError::KeyNotString { found: "null" },
            "a map key is null, not a string; use string, integer, float, `bool`, `char` or unit enum variant keys",
        ),
        (
            JsonError::TooDeep,
            "arrays and objects are nested more than 128 deep; flatten the data",
        ),
        (
            JsonError::BrokenSerialize {
                problem: "wrote a map value without a key; call `serialize_key` first",
            },
            "a `Serialize` impl wrote a map value without a key; call `serialize_key` first",
        ),
        (
            JsonError::InvalidRawJson {
                problem: "expected a value",
                at: 0,
            },
            "raw JSON (a `serde_json` `RawValue`) is not valid JSON: expected a value at byte 0; \
             make it with `RawValue::from_string`, which checks it",
        ),
        (
            JsonError::InvalidNumber {
                problem: "a number with a leading zero",
            },
            "an arbitrary-precision `serde_json::Number` is not a JSON number: a number with a \
             leading zero; make it by parsing JSON or with `Number::from_f64`",
        ),
        (JsonError::Custom("bad id".into()), "bad id"),
    ];
    for (error, message) in messages {
        assert_eq!(error.to_string(), message);
        let boxed: Box<dyn std::error::Error> = Box::new(error);
        assert_eq!(boxed.to_string(), message);
    }
}

// ---------------------------------------------------------------------------------------------
// Derived impls, compared with serde_json

#[derive(Serialize)]
struct User {
    id: u64,
    name: String,
    email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    nickname: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    roles: Vec<Role>,
    #[serde(rename = "joinedAt")]
    joined_at: Date,
    #[serde(flatten)]
    extra: BTreeMap<String, Value>,
    scores: BTreeMap<i32, f32>,
    #[serde(skip)]
    _password: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Role {
    Admin,
    Editor { sections: Vec<String> },
}

#[test]
fn matches_serde_json_for_a_derived_struct() {
    let user = User {
        id: 7,
        name: "Ada <admin> & co".into(),
        email: None,
        nickname: Some("\u{2028}ada\"".into()),
        roles: vec![
            Role::Admin,
            Role::Editor {
                sections: vec!["</script>".into()],
            },
        ],
        joined_at: Date(2024, 5, 1),
        extra: BTreeMap::from([
            ("theme".into(), Value::from("dark")),
            ("beta".into(), Value::from(true)),
        ]),
        scores: BTreeMap::from([(-1, 0.5), (10, 2.0)]),
        _password: "secret",
    };
    assert_eq!(
        same_as_serde_json(&user),
        concat!(
            r#"{"id":7,"name":"Ada \u003cadmin\u003e \u0026 co","email":null,"nickname":"\u2028ada\"","#,
            r#""roles":["admin",{"editor":{"sections":["\u003c/script\u003e"]}}],"#,
            r#""joinedAt":"2024-05-01T00:00:00+00:00","beta":true,"theme":"dark","scores":{"-1":0.5,"10":2.0}}"#,
        )
    );
    let quiet = User {
        nickname: None,
        roles: vec![],
        extra: BTreeMap::new(),
        ..user
    };
    assert!(!same_as_serde_json(&quiet).contains("nickname"));
}

#[derive(Serialize)]
enum External {
    Unit,
    Newtype(String),
    Tuple(u8, String),
    Struct { text: String },
}

#[derive(Serialize)]
#[serde(tag = "type")]
enum Internal {
    Unit,
    Newtype(Inner),
    Struct { text: String },
}

#[derive(Serialize)]
#[serde(tag = "t", content = "c")]
enum Adjacent {
    Unit,
    Newtype(String),
    Tuple(u8, String),
    Struct { text: String },
}

#[derive(Serialize)]
#[serde(untagged)]
enum Untagged {
    Unit,
    Newtype(String),
    Tuple(u8, String),
    Struct { text: String },
}

#[derive(Serialize)]
struct Inner {
    text: String,
}

#[derive(Serialize)]
struct AllEnums {
    external: Vec<External>,
    internal: Vec<Internal>,
    adjacent: Vec<Adjacent>,
    untagged: Vec<Untagged>,
}

#[test]
fn matches_serde_json_for_every_enum_representation() {
    let s = || "<&>".to_owned();
    let all = AllEnums {
        external: vec![
            External::Unit,
            External::Newtype(s()),
            External::Tuple(1, s()),
            External::Struct { text: s() },
        ],
        internal: vec![
            Internal::Unit,
            Internal::Newtype(Inner { text: s() }),
            Internal::Struct { text: s() },
        ],
        adjacent: vec![
            Adjacent::Unit,
            Adjacent::Newtype(s()),
            Adjacent::Tuple(1, s()),
            Adjacent::Struct { text: s() },
        ],
        untagged: vec![
            Untagged::Unit,
            Untagged::Newtype(s()),
            Untagged::Tuple(1, s()),
            Untagged::Struct { text: s() },
        ],
    };
    let e = r#""\u003c\u0026\u003e""#;
    assert_eq!(
        same_as_serde_json(&all),
        [
            format!(r#"{{"external":["Unit",{{"Newtype":{e}}},{{"Tuple":[1,{e}]}},{{"Struct":{{"text":{e}}}}}],"#),
            format!(r#""internal":[{{"type":"Unit"}},{{"type":"Newtype","text":{e}}},{{"type":"Struct","text":{e}}}],"#),
            format!(r#""adjacent":[{{"t":"Unit"}},{{"t":"Newtype","c":{e}}},{{"t":"Tuple","c":[1,{e}]}},{{"t":"Struct","c":{{"text":{e}}}}}],"#),
            format!(r#""untagged":[null,{e},[1,{e}],{{"text":{e}}}]}}"#),
        ]
        .concat()
    );
    // Internally tagged and adjacently tagged variants are objects at the top level too.
    same_as_serde_json(&Internal::Unit);
    same_as_serde_json(&Adjacent::Newtype(s()));
    same_as_serde_json(&Untagged::Struct { text: s() });
    refused(
        &Untagged::Newtype(s()),
        &JsonError::NotAnObject { found: "a string" },
    );
}

#[derive(Serialize)]
struct Flattened {
    id: u8,
    #[serde(flatten)]
    inner: Inner,
    #[serde(flatten)]
    shape: Option<External>,
    #[serde(flatten)]
    map: HashMap<&'static str, u8>,
}

#[test]
fn matches_serde_json_for_flattened_fields() {
    let value = Flattened {
        id: 1,
        inner: Inner { text: "a>b".into() },
        shape: Some(External::Struct { text: "x".into() }),
        map: HashMap::from([("k<", 1), ("j", 2)]),
    };
    let json = same_as_serde_json(&value);
    assert!(json.starts_with(r#"{"id":1,"text":"a\u003eb","Struct":{"text":"x"},"#));
    same_as_serde_json(&Flattened {
        shape: None,
        map: HashMap::new(),
        ..value
    });
}

#[test]
fn matches_serde_json_for_options_and_nested_collections() {
    #[derive(Serialize)]
    struct Page {
        title: Option<&'static str>,
        subtitle: Option<&'static str>,
        grid: Vec<Vec<Option<i64>>>,
        tags: std::collections::BTreeSet<char>,
        pair: (bool, Unit, ()),
        bytes: Bytes,
        nested: Option<Option<u8>>,
        boxed: Box<[u16]>,
    }
    same_as_serde_json(&Page {
        title: Some("<title>"),
        subtitle: None,
        grid: vec![vec![Some(i64::MIN), None], vec![]],
        tags: ['<', '\u{2029}', 'z'].into(),
        pair: (true, Unit, ()),
        bytes: Bytes(b"<\0"),
        nested: Some(None),
        boxed: Box::new([1, 2]),
    });
}

// ---------------------------------------------------------------------------------------------
// serde_json's raw values and arbitrary-precision numbers: their JSON, re-checked and escaped

/// The struct name (and field name) `serde_json::value::RawValue` serializes under
/// (`serde_json::raw::TOKEN`).
const RAW_VALUE_NAME: &str = "$serde_json::private::RawValue";
/// The struct name (and field name) `serde_json::Number` serializes under with the
/// `arbitrary_precision` feature (`serde_json::number::TOKEN`).
const NUMBER_NAME: &str = "$serde_json::private::Number";

/// Serializes exactly as `serde_json::value::RawValue` does: a struct with `serde_json`'s
/// private name and one field of that name holding the JSON text. But the text is anything,
/// unchecked: anyone can write this impl.
struct FakeRaw<'a>(&'a str);

impl Serialize for FakeRaw<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut raw = serializer.serialize_struct(RAW_VALUE_NAME, 1)?;
        raw.serialize_field(RAW_VALUE_NAME, self.0)?;
        raw.end()
    }
}

/// Serializes exactly as `serde_json::Number` does with `serde_json`'s `arbitrary_precision`
/// feature, where the number is held as its text (`n: String`): `serialize_struct(TOKEN, 1)`,
/// then `serialize_field(TOKEN, &self.n)`, then `end()` (serde_json 1.0.154, `number.rs`).
///
/// Simulated, not the real thing: switching the feature on here would switch it on for every
/// crate in the workspace that uses `serde_json` (cargo unifies features), changing how all of
/// them read and write numbers. A dependency of an application can still switch it on there,
/// which is why vetted handles it.
struct ApNumber(String);

impl ApNumber {
    fn new(text: &str) -> Self {
        Self(text.into())
    }
}

impl Serialize for ApNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut number = serializer.serialize_struct(NUMBER_NAME, 1)?;
        number.serialize_field(NUMBER_NAME, &self.0)?;
        number.end()
    }
}

fn raw(text: &str) -> Box<RawValue> {
    RawValue::from_string(text.into()).expect("serde_json refused the raw text")
}

#[derive(Serialize)]
enum Either<'a> {
    Raw(&'a RawValue),
    Number(ApNumber),
}

#[derive(Serialize)]
struct Holder<'a> {
    boxed: Box<RawValue>,
    borrowed: &'a RawValue,
    list: Vec<&'a RawValue>,
    map: BTreeMap<&'static str, &'a RawValue>,
    some: Option<&'a RawValue>,
    none: Option<&'a RawValue>,
    variant: Either<'a>,
    newtype: Wrapper<&'a RawValue>,
    pair: (&'a RawValue, u8),
    deep: Vec<Vec<Option<Box<RawValue>>>>,
}

#[test]
fn writes_a_raw_value_as_the_json_it_holds() {
    // Compact raw text: serde_json copies it into its output, and vetted writes the same.
    let compact = r#"{"a":[1,-0.5e+3,1E400,true,false,null,{},[]],"b":"x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\ud800"}"#;
    assert_eq!(Json::new(&raw(compact)).unwrap().as_str(), compact);
    let borrowed: &RawValue = serde_json::from_str(compact).unwrap();
    assert_eq!(Json::new(borrowed).unwrap().as_str(), compact);
    assert_eq!(same_as_serde_json(&*raw(compact)), compact);
    // Nested wherever a value can be: serde_json splices each in as it is.
    let scalar: &RawValue = serde_json::from_str("-12.5e-3").unwrap();
    let holder = Holder {
        boxed: raw(compact),
        borrowed,
        list: vec![scalar, borrowed, scalar],
        map: BTreeMap::from([("k", scalar)]),
        some: Some(scalar),
        none: None,
        variant: Either::Raw(borrowed),
        newtype: Wrapper(scalar),
        pair: (scalar, 1),
        deep: vec![vec![Some(raw(r#""s""#)), None, Some(raw("[[[]]]"))]],
    };
    let json = same_as_serde_json(&holder);
    assert!(json.contains(r#""variant":{"Raw":{"a":[1,"#), "{json}");
    assert!(
        json.ends_with(r#""pair":[-12.5e-3,1],"deep":[["s",null,[[[]]]]]}"#),
        "{json}"
    );
    // Whitespace between tokens is dropped; numbers and escapes stay as they are.
    let spaced = "\t{ \"a\" :\r\n [ 1 , -0.0 , \"\\u0041\" ] , \"b\" : { } }\n ";
    let expected = r#"{"a":[1,-0.0,"\u0041"],"b":{}}"#;
    assert_eq!(Json::new(&raw(spaced)).unwrap().as_str(), expected);
    assert_eq!(
        Json::new(&BTreeMap::from([("r", raw(spaced))]))
            .unwrap()
            .as_str(),
        format!(r#"{{"r":{expected}}}"#)
    );
}

#[test]
fn escapes_html_specials_inside_raw_strings_and_keys() {
    let source = "{\"</script><!--\": \"</script><!-- \u{2028}\u{2029} & >\", \
                \"list\": [\"<b>\", {\"<\u{2028}>\": \"&amp;\"}]}";
    let raw = raw(source);
    // serde_json copies the raw text into its output as it is ...
    assert!(serde_json::to_string(&raw).unwrap().contains("</script>"));
    // ... vetted writes the same JSON, escaped.
    let expected = concat!(
        r#"{"\u003c/script\u003e\u003c!--":"\u003c/script\u003e\u003c!-- \u2028\u2029 \u0026 \u003e","#,
        r#""list":["\u003cb\u003e",{"\u003c\u2028\u003e":"\u0026amp;"}]}"#,
    );
    let read_back = |json: &str| serde_json::from_str::<Value>(json).unwrap();
    for json in [
        Json::new(&raw).unwrap().into_string(),
        Json::new(&BTreeMap::from([("nested", vec![&raw])]))
            .unwrap()
            .into_string(),
    ] {
        assert_html_safe(&json);
        assert!(!json.contains('<'), "{json}");
        assert!(json.contains(expected), "{json}");
    }
    assert_eq!(Json::new(&raw).unwrap().as_str(), expected);
    assert_eq!(read_back(expected), read_back(source));
    // In a script element, the JSON stays inside it.
    let json = Json::new(&raw).unwrap();
    let page = html! { <script type="application/json">{json}</script><p>"after"</p> };
    assert_body(
        &format!("<!DOCTYPE html><body>{}</body>", page.as_str()),
        &[
            el("script", &[("type", "application/json")], [text(expected)]),
            el("p", &[], [text("after")]),
        ],
    );
}

/// Token soups, mostly invalid JSON, with the characters HTML and JavaScript care about.
fn raw_soup() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\"a\"",
        "\"<\"",
        "\\",
        "\\u",
        "\\u00e9",
        "\\n",
        "\\x",
        "0",
        "1",
        "-",
        ".",
        "e",
        "+",
        "01",
        "1.5",
        "-0",
        "1e5",
        "true",
        "null",
        "fals",
        " ",
        "\n",
        "\t",
        "\u{2028}",
        "<",
        "</script>",
        "&",
        "é",
        "\u{1}",
        "\u{feff}",
        "/",
    ]);
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Pretty-printed JSON as a raw value is written as serde_json writes the value compactly.
    #[test]
    fn any_raw_value_is_written_compactly_with_its_escapes(value in json_value()) {
        let raw = raw(&serde_json::to_string_pretty(&value).unwrap());
        let ours = Json::new(&BTreeMap::from([("raw", &raw)])).unwrap();
        let theirs = serde_json::to_string(&BTreeMap::from([("raw", &value)])).unwrap();
        prop_assert_eq!(ours.as_str(), html_safe(&theirs));
        assert_html_safe(ours.as_str());
    }

    /// vetted accepts exactly the raw texts serde_json's `RawValue` accepts, and writes the
    /// same data, HTML-safe.
    #[test]
    fn raw_text_is_accepted_exactly_when_serde_json_accepts_it(text in raw_soup()) {
        let ours = Json::new(&BTreeMap::from([("raw", FakeRaw(&text))]));
        let theirs = RawValue::from_string(text.clone());
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?}", text, ours);
        match ours {
            Ok(json) => {
                assert_html_safe(json.as_str());
                let read = |json: &str| serde_json::from_str::<Value>(json).ok();
                let wrapped = format!(r#"{{"raw":{text}}}"#);
                prop_assert_eq!(read(json.as_str()), read(&wrapped));
            }
            Err(error) => prop_assert!(
                matches!(error, JsonError::InvalidRawJson { .. }),
                "{:?}: {:?}", text, error
            ),
        }
    }

    /// An arbitrary-precision number is accepted exactly when it is a JSON number (which
    /// serde_json's `RawValue` checks without reading its value) and written as it is.
    #[test]
    fn number_text_is_accepted_exactly_when_it_is_json_number_grammar(
        text in prop::collection::vec(
            prop::sample::select(vec!["0", "1", "9", "-", "+", ".", "e", "E", " ", "x", "<"]),
            0..8,
        ).prop_map(|pieces| pieces.concat()),
    ) {
        let grammar = RawValue::from_string(text.clone()).is_ok()
            && text.starts_with(|c: char| c == '-' || c.is_ascii_digit())
            && !text.contains(' ');
        let ours = Json::new(&BTreeMap::from([("n", ApNumber(text.clone()))]));
        match ours {
            Ok(json) => {
                prop_assert!(grammar, "{:?}", text);
                prop_assert_eq!(json.as_str(), format!(r#"{{"n":{text}}}"#));
            }
            Err(error) => {
                prop_assert!(!grammar, "{:?}: {:?}", text, error);
                prop_assert!(matches!(error, JsonError::InvalidNumber { .. }), "{:?}", error);
            }
        }
    }
}

#[test]
fn refuses_raw_text_that_is_not_json() {
    let cases = [
        ("", "expected a value", 0),
        ("   ", "expected a value", 3),
        ("</script>", "expected a value", 0),
        ("{}</script>", "more text after the value", 2),
        ("{} {}", "more text after the value", 3),
        ("\"a\" \"b\"", "more text after the value", 4),
        ("truex", "more text after the value", 4),
        ("tru", "expected a value", 0),
        ("nul", "expected a value", 0),
        ("NaN", "expected a value", 0),
        ("'a'", "expected a value", 0),
        ("// c\n{}", "expected a value", 0),
        ("\u{feff}{}", "expected a value", 0),
        ("\u{2028}{}", "expected a value", 0),
        ("{\"a\":1,}", "expected a string key", 7),
        ("{\"a\" 1}", "expected `:`", 5),
        ("{1:2}", "expected a string key or `}`", 1),
        ("{\"a\":1 \"b\":2}", "expected `,` or `}`", 7),
        ("{\"a\":1]", "expected `,` or `}`", 6),
        ("[1,]", "expected a value", 3),
        ("[1 2]", "expected `,` or `]`", 3),
        ("[1}", "expected `,` or `]`", 2),
        ("[", "expected a value or `]`", 1),
        ("[1", "expected `,` or `]`", 2),
        ("{\"a\":", "expected a value", 5),
        ("{", "expected a string key or `}`", 1),
        ("\"abc", "the text ends inside a string", 4),
        (
            "[\"a\nb\"]",
            "an unescaped control character in a string",
            3,
        ),
        ("\"\u{0}\"", "an unescaped control character in a string", 1),
        ("\"\\x\"", "an invalid escape in a string", 1),
        ("\"\\u12\"", "an invalid escape in a string", 1),
        ("\"\\u12g4\"", "an invalid escape in a string", 1),
        ("\"\\U0041\"", "an invalid escape in a string", 1),
        ("\"\\", "an invalid escape in a string", 1),
        ("\"\\u00é\"", "an invalid escape in a string", 1),
        ("01", "a number with a leading zero", 1),
        ("-01", "a number with a leading zero", 2),
        ("1.", "expected a digit after `.`", 2),
        ("1.e5", "expected a digit after `.`", 2),
        (".5", "expected a value", 0),
        ("+1", "expected a value", 0),
        ("-", "expected a digit", 1),
        ("-a", "expected a digit", 1),
        ("1e", "expected a digit in the exponent", 2),
        ("1e+", "expected a digit in the exponent", 3),
        ("0x10", "more text after the value", 1),
        ("[Infinity]", "expected a value or `]`", 1),
    ];
    for (text, problem, at) in cases {
        // serde_json's own parser refuses each of these too.
        assert!(RawValue::from_string(text.into()).is_err(), "{text:?}");
        let expected = JsonError::InvalidRawJson { problem, at };
        refused(&BTreeMap::from([("raw", FakeRaw(text))]), &expected);
        refused(
            &BTreeMap::from([("a", vec![Some(FakeRaw(text))])]),
            &expected,
        );
        refused(&FakeRaw(text), &expected);
        refused(&OneKey(FakeRaw(text)), &expected);
    }
}

#[test]
fn refuses_raw_json_nested_too_deep_without_recursing() {
    // The limit counts the levels around the raw value too.
    let levels = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    let deepest = format!(r#"{{"a":{}}}"#, levels(MAX_DEPTH - 1));
    let json = Json::new(&FakeRaw(&deepest)).unwrap();
    assert_eq!(json.as_str(), deepest);
    assert!(Json::new(&BTreeMap::from([("a", FakeRaw(&levels(MAX_DEPTH - 1)))])).is_ok());
    refused(
        &BTreeMap::from([("a", FakeRaw(&levels(MAX_DEPTH)))]),
        &JsonError::TooDeep,
    );
    refused(
        &BTreeMap::from([("a", vec![FakeRaw(&levels(MAX_DEPTH - 1))])]),
        &JsonError::TooDeep,
    );
    // Millions of levels, opened and never closed or balanced: refused at level 129, with no
    // recursion to overflow the stack.
    for bomb in [
        "[".repeat(4_000_000),
        "{\"a\":".repeat(1_000_000),
        levels(2_000_000),
    ] {
        refused(
            &BTreeMap::from([("a", FakeRaw(&bomb))]),
            &JsonError::TooDeep,
        );
        refused(&FakeRaw(&bomb), &JsonError::TooDeep);
    }
}

#[test]
fn writes_an_arbitrary_precision_number_as_its_digits() {
    for text in [
        "1e5",
        "-0.5",
        "0",
        "-0",
        "1E-7",
        "2.5e+300",
        "123456789012345678901234567890.000000000000000000001e-999",
    ] {
        let object = BTreeMap::from([("n", ApNumber::new(text))]);
        assert_eq!(
            Json::new(&object).unwrap().as_str(),
            format!(r#"{{"n":{text}}}"#)
        );
        // serde_json (without the feature) writes the simulated struct as an object, so the
        // oracle here is serde_json reading vetted's text back as a number.
        let read: Value = serde_json::from_str(Json::new(&object).unwrap().as_str()).unwrap();
        assert!(read["n"].is_number() || text.contains("e-999"), "{text}");
    }
    // Wherever a value can be.
    #[derive(Serialize)]
    struct Amounts {
        list: Vec<ApNumber>,
        some: Option<ApNumber>,
        variant: Either<'static>,
        newtype: Wrapper<ApNumber>,
        keyed: BTreeMap<&'static str, (ApNumber, bool)>,
    }
    let amounts = Amounts {
        list: vec![ApNumber::new("1e5"), ApNumber::new("-0.5")],
        some: Some(ApNumber::new("18446744073709551616")),
        variant: Either::Number(ApNumber::new("0.1")),
        newtype: Wrapper(ApNumber::new("3")),
        keyed: BTreeMap::from([("k", (ApNumber::new("-1"), true))]),
    };
    assert_eq!(
        Json::new(&amounts).unwrap().as_str(),
        concat!(
            r#"{"list":[1e5,-0.5],"some":18446744073709551616,"variant":{"Number":0.1},"#,
            r#""newtype":3,"keyed":{"k":[-1,true]}}"#,
        ),
    );
}

#[test]
fn refuses_an_arbitrary_precision_number_that_is_not_json_number_grammar() {
    let cases = [
        ("01", "a number with a leading zero"),
        ("-00", "a number with a leading zero"),
        ("1.", "expected a digit after `.`"),
        ("NaN", "expected `-` or a digit"),
        ("</script>", "expected `-` or a digit"),
        ("-Infinity", "expected a digit"),
        ("", "expected `-` or a digit"),
        (" 1", "expected `-` or a digit"),
        ("1 ", "more text after the number"),
        ("1</script>", "more text after the number"),
        ("+1", "expected `-` or a digit"),
        (".5", "expected `-` or a digit"),
        ("1e", "expected a digit in the exponent"),
        ("0x10", "more text after the number"),
        ("\"1\"", "expected `-` or a digit"),
        ("[1]", "expected `-` or a digit"),
    ];
    for (text, problem) in cases {
        let expected = JsonError::InvalidNumber { problem };
        refused(&BTreeMap::from([("n", ApNumber::new(text))]), &expected);
        refused(
            &BTreeMap::from([("a", vec![ApNumber::new(text)])]),
            &expected,
        );
        refused(&OneKey(ApNumber::new(text)), &expected);
    }
}

#[test]
fn writes_raw_values_and_numbers_as_keys_like_any_key() {
    // A number key is its text in quotes, as vetted and serde_json write integer and float keys
    // (and as serde_json writes `serde_json::Number` keys without `arbitrary_precision`).
    assert_eq!(
        Json::new(&OneKey(ApNumber::new("1e5"))).unwrap().as_str(),
        r#"{"1e5":0}"#
    );
    let without_feature = serde_json::Number::from_f64(0.5).unwrap();
    assert_eq!(
        Json::new(&OneKey(ApNumber::new("0.5"))).unwrap().as_str(),
        serde_json::to_string(&OneKey(without_feature)).unwrap(),
    );
    assert_eq!(
        Json::new(&OneKey(Some(Wrapper(ApNumber::new("-7")))))
            .unwrap()
            .as_str(),
        r#"{"-7":0}"#
    );
    // A raw string is the key, escaped; raw numbers and booleans are quoted.
    assert_eq!(
        Json::new(&OneKey(raw(" \"</script>\\n\u{2028}\" ")))
            .unwrap()
            .as_str(),
        r#"{"\u003c/script\u003e\n\u2028":0}"#
    );
    assert_eq!(
        Json::new(&OneKey(raw(" 12.5 "))).unwrap().as_str(),
        r#"{"12.5":0}"#
    );
    assert_eq!(
        Json::new(&OneKey(raw("true"))).unwrap().as_str(),
        r#"{"true":0}"#
    );
    // Keys no JSON string can spell are refused as the same values are.
    let not = |found| JsonError::KeyNotString { found };
    refused(&OneKey(raw("null")), &not("null"));
    refused(&OneKey(raw(" [1] ")), &not("an array"));
    refused(&OneKey(raw(r#"{"a":"<"}"#)), &not("an object"));
    refused(&OneKey(KeyStruct { a: 1 }), &not("an object"));
}

#[test]
fn refuses_top_level_raw_values_and_numbers_that_are_not_objects() {
    let not = |found| JsonError::NotAnObject { found };
    refused(&*raw("[1]"), &not("an array"));
    refused(&raw(r#""{}""#), &not("a string"));
    refused(&raw("1"), &not("a number"));
    refused(&raw("false"), &not("a boolean"));
    refused(&raw(" null "), &not("null"));
    refused(&Some(raw("[]")), &not("an array"));
    refused(&ApNumber::new("1"), &not("a number"));
    refused(&Wrapper(ApNumber::new("1")), &not("a number"));
    // An object is accepted at the top level however it is wrapped.
    assert_eq!(
        Json::new(&Some(Wrapper(raw(" {} ")))).unwrap().as_str(),
        "{}"
    );
    assert_eq!(
        Json::new(&Either::Raw(&raw("[1]"))).unwrap().as_str(),
        r#"{"Raw":[1]}"#
    );
}

/// A struct under one of serde_json's private names, written with `fields` (name and text)
/// or, for `Integer`, one field holding an integer.
enum Misuse {
    Fields(&'static str, Vec<(&'static str, &'static str)>),
    Integer(&'static str),
}

impl Serialize for Misuse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Fields(name, fields) => {
                let mut object = serializer.serialize_struct(name, fields.len())?;
                for &(field, text) in fields {
                    object.serialize_field(field, text)?;
                }
                object.end()
            }
            &Self::Integer(name) => {
                let mut object = serializer.serialize_struct(name, 1)?;
                object.serialize_field(name, &1)?;
                object.end()
            }
        }
    }
}

#[test]
fn refuses_structs_that_misuse_serde_json_private_names() {
    for (name, problem) in [
        (
            RAW_VALUE_NAME,
            "used `serde_json`'s private struct name `$serde_json::private::RawValue` with \
             something other than one string field of that name; only `RawValue` may use it, \
             and not inside an internally tagged enum",
        ),
        (
            NUMBER_NAME,
            "used `serde_json`'s private struct name `$serde_json::private::Number` with \
             something other than one string field of that name; only `Number` may use it, \
             and not inside an internally tagged enum",
        ),
    ] {
        let broken = JsonError::BrokenSerialize { problem };
        let misuses = [
            Misuse::Fields(name, vec![]),
            Misuse::Fields(name, vec![(name, "1"), (name, "2")]),
            Misuse::Fields(name, vec![("value", "1")]),
            Misuse::Integer(name),
        ];
        for (i, misuse) in misuses.iter().enumerate() {
            refused(&BTreeMap::from([("a", misuse)]), &broken);
            refused(&OneKey(misuse), &broken);
            // At the top level, a first field of `1` is refused as not an object first.
            if i != 1 {
                refused(misuse, &broken);
            }
        }
    }
    // serde's internal tagging writes the tag as the first field of the struct inside.
    #[derive(Serialize)]
    #[serde(tag = "type")]
    enum Tagged {
        Raw(Box<RawValue>),
    }
    let tagged = BTreeMap::from([("a", Tagged::Raw(raw("{}")))]);
    assert!(serde_json::to_string(&tagged).is_err());
    assert!(matches!(
        Json::new(&tagged),
        Err(JsonError::BrokenSerialize { .. })
    ));
    // Other names are ordinary structs, even with serde_json's prefix.
    let other = "$serde_json::private::Other";
    let near = Misuse::Fields(other, vec![(other, "<")]);
    assert_eq!(
        Json::new(&near).unwrap().as_str(),
        r#"{"$serde_json::private::Other":"\u003c"}"#
    );
}

// ---------------------------------------------------------------------------------------------
// The API

#[test]
fn write_json_appends_and_json_new_agrees() {
    let value = BTreeMap::from([("a", 1)]);
    let mut out = String::from("x = ");
    write_json(&value, &mut out).unwrap();
    write_json(&value, &mut out).unwrap();
    assert_eq!(out, r#"x = {"a":1}{"a":1}"#);
    let json = Json::new(&value).unwrap();
    assert_eq!(json.as_str(), r#"{"a":1}"#);
    assert_eq!(json.to_string(), json.as_str());
    assert_eq!(format!("{json:?}"), r#"Json("{\"a\":1}")"#);
    assert_eq!(json.clone(), json);
    assert_eq!(json.into_string(), r#"{"a":1}"#);
}

// ---------------------------------------------------------------------------------------------
// The macro's check of JSON literals (`vetted_rules::json`), against serde_json

/// Whether serde_json reads `text` as a value: the oracle for `vetted_rules::json`.
fn serde_json_accepts(text: &str) -> bool {
    serde_json::from_str::<Value>(text).is_ok()
}

/// Asserts the macro's check and serde_json agree on `text`, and that a problem's position is
/// a character boundary of `text` whose line and column count to it.
fn agrees_with_serde_json(text: &str) -> Result<(), TestCaseError> {
    let problem = vetted_rules::json::json_problem(text);
    prop_assert_eq!(
        problem.is_none(),
        serde_json_accepts(text),
        "{:?}: vetted says {:?}, serde_json says {:?}",
        text,
        problem,
        serde_json::from_str::<Value>(text).err()
    );
    if let Some(problem) = problem {
        prop_assert!(
            text.is_char_boundary(problem.at),
            "{:?}: {:?}",
            text,
            problem
        );
        let before = &text[..problem.at];
        let line = before.split('\n').count();
        let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
        prop_assert_eq!((problem.line, problem.column), (line, column), "{:?}", text);
    }
    Ok(())
}

/// Whitespace JSON allows between tokens, and none.
fn gap() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["", "", "", " ", "\n", "\t", "\r\n", "  \r \t\n"])
}

/// A number in every shape: signs, leading zeros, fractions, exponents small and huge, digits
/// past `u64` and `f64`, and near-misses of the grammar.
fn number_text() -> impl Strategy<Value = String> {
    let shaped = (
        prop::sample::select(vec!["", "", "-", "+"]),
        prop_oneof![
            Just("0".to_owned()),
            "[1-9][0-9]{0,3}",
            "[1-9][0-9]{15,40}",
            Just("00".to_owned()),
            Just(String::new()),
        ],
        prop_oneof![
            3 => Just(String::new()),
            2 => "\\.[0-9]{1,6}",
            1 => "\\.[0-9]{0,400}",
            1 => Just(".".to_owned()),
        ],
        prop_oneof![
            3 => Just(String::new()),
            2 => "[eE][+-]?[0-9]{1,3}",
            1 => "[eE][+-]?[0-9]{0,12}",
            1 => prop::sample::select(vec!["e308", "e309", "E-324", "e-400", "e+400", "e99999999999"])
                .prop_map(str::to_owned),
        ],
    )
        .prop_map(|(sign, int, fraction, exponent)| format!("{sign}{int}{fraction}{exponent}"));
    let edges = prop::sample::select(vec![
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "-1.7976931348623159e308",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
        "0.0e99999999999",
        "1e-99999999999",
        "18446744073709551616",
        "-9223372036854775809",
        "5e-324",
        "2.4703282292062328e-324",
    ])
    .prop_map(str::to_owned);
    prop_oneof![4 => shaped, 1 => edges]
}

/// A string in every shape: each escape, `\u` escapes of any code unit (lone surrogates and
/// pairs included), raw control characters, non-ASCII, and broken escapes.
fn string_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-z é☃😀<>&/']{1,3}",
        3 => prop::sample::select(vec![
            "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\uD83D\\uDE00",
            "\\ud800\\udc00", "\\uDBFF\\uDFFF", "\\u0000", "\\u001F", "\\u00e9", "\\uFFFF",
        ])
        .prop_map(str::to_owned),
        2 => any::<u16>().prop_map(|unit| format!("\\u{unit:04x}")),
        1 => any::<u16>().prop_map(|unit| format!("\\u{unit:04X}")),
        1 => prop::sample::select(vec![
            "\\", "\\u", "\\u12", "\\uZZZZ", "\\x41", "\\'", "\\a", "\\U0041", "\\ud800",
            "\\udc00", "\\ud800\\n", "\\ud800\\u0041", "\\ud800\\ud800",
            "\u{0}", "\u{1}", "\t", "\n", "\r", "\u{1f}", "\u{7f}", "\u{feff}", "\u{2028}",
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|pieces| format!("\"{}\"", pieces.concat()))
}

/// JSON text written token by token, mostly valid, with whitespace in every gap.
fn json_text() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        3 => number_text(),
        3 => string_text(),
        1 => prop::sample::select(vec!["true", "false", "null"]).prop_map(str::to_owned),
    ];
    leaf.prop_recursive(6, 48, 5, |inner| {
        let element = (gap(), inner.clone(), gap()).prop_map(|(a, v, b)| format!("{a}{v}{b}"));
        let member = (gap(), string_text(), gap(), gap(), inner, gap())
            .prop_map(|(a, k, b, c, v, d)| format!("{a}{k}{b}:{c}{v}{d}"));
        prop_oneof![
            (prop::collection::vec(element, 0..5), gap())
                .prop_map(|(items, gap)| format!("[{gap}{}]", items.join(","))),
            (prop::collection::vec(member, 0..5), gap())
                .prop_map(|(members, gap)| format!("{{{gap}{}}}", members.join(","))),
        ]
    })
}

/// Valid JSON: serde_json's own output, compact or pretty, or text written token by token.
fn valid_json() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => json_value().prop_map(|value| serde_json::to_string(&value).unwrap()),
        1 => json_value().prop_map(|value| serde_json::to_string_pretty(&value).unwrap()),
        4 => (gap(), json_text(), gap()).prop_map(|(a, text, b)| format!("{a}{text}{b}")),
    ]
}

/// Nesting around the depth limit: arrays and objects, closed or not, with a value inside.
fn deep_json() -> impl Strategy<Value = String> {
    let limit = vetted_rules::json::MAX_DEPTH;
    (
        limit - 3..limit + 4,
        prop::collection::vec(any::<bool>(), 1..4),
        any::<bool>(),
    )
        .prop_map(|(levels, pattern, closed)| {
            let (mut open, mut close) = (String::new(), String::new());
            for level in 0..levels {
                if pattern[level % pattern.len()] {
                    open.push_str("{\"k\":");
                    close.insert(0, '}');
                } else {
                    open.push('[');
                    close.insert(0, ']');
                }
            }
            if closed {
                format!("{open}0{close}")
            } else {
                open
            }
        })
}

/// A change to a text: cut it, or insert, delete or replace one character.
#[derive(Clone, Debug)]
enum Mutation {
    Truncate(usize),
    Insert(usize, &'static str),
    Delete(usize),
    Replace(usize, &'static str),
}

/// What mutations insert: JSON's punctuation, whitespace JSON does and does not allow, and
/// characters that start or end tokens.
fn inserted() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        ",", ":", "[", "]", "{", "}", "\"", "\\", "0", "1", "-", "+", ".", "e", "u", "x", "t", "n",
        " ", "\n", "\t", "\r", "\u{0}", "\u{1}", "\u{b}", "\u{c}", "\u{a0}", "\u{feff}",
        "\u{2028}", "é", "'", "/", "/**/", ",]", ",}", "\\u", "\\ud800",
    ])
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), inserted()).prop_map(|(at, text)| Mutation::Insert(at, text)),
        any::<usize>().prop_map(Mutation::Delete),
        (any::<usize>(), inserted()).prop_map(|(at, text)| Mutation::Replace(at, text)),
    ]
}

/// `text` with `mutation` applied at a character boundary (the index taken modulo the number
/// of boundaries).
fn mutate(text: &str, mutation: &Mutation) -> String {
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let at = |index: usize| boundaries[index % boundaries.len()];
    let next = |start: usize| {
        text[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8())
    };
    let mut out = text.to_owned();
    match *mutation {
        Mutation::Truncate(i) => out.truncate(at(i)),
        Mutation::Insert(i, piece) => out.insert_str(at(i), piece),
        Mutation::Delete(i) => out.replace_range(at(i)..next(at(i)), ""),
        Mutation::Replace(i, piece) => out.replace_range(at(i)..next(at(i)), piece),
    }
    out
}

/// JSON-ish text: valid JSON or deep nesting, with up to three mutations, or a trailing comma
/// or byte order mark.
fn json_ish() -> impl Strategy<Value = String> {
    let base = prop_oneof![8 => valid_json(), 1 => deep_json()].boxed();
    prop_oneof![
        3 => base.clone(),
        6 => (base.clone(), prop::collection::vec(mutation(), 1..4)).prop_map(|(text, mutations)| {
            mutations.iter().fold(text, |text, mutation| mutate(&text, mutation))
        }),
        1 => base.prop_map(|text| {
            // A trailing comma before the last closing bracket, or a BOM in front.
            match text.rfind([']', '}']) {
                Some(end) => format!("{},{}", &text[..end], &text[end..]),
                None => format!("\u{feff}{text}"),
            }
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// The macro accepts a JSON literal exactly when `serde_json::from_str::<Value>` does.
    #[test]
    fn json_literal_check_agrees_with_serde_json(text in json_ish()) {
        agrees_with_serde_json(&text)?;
    }
}

#[test]
fn json_literal_check_agrees_with_serde_json_on_the_edges() {
    let limit = vetted_rules::json::MAX_DEPTH;
    let deep = |levels: usize| "[".repeat(levels) + &"]".repeat(levels);
    let deep_objects = |levels: usize| "{\"a\":".repeat(levels) + "1" + &"}".repeat(levels);
    let mut texts = vec![
        deep(limit),
        deep(limit + 1),
        deep_objects(limit),
        deep_objects(limit + 1),
    ];
    texts.push("[".repeat(100_000));
    for text in [
        "",
        " ",
        "\u{feff}{}",
        "{}\u{feff}",
        "[1,]",
        "{\"a\":1,}",
        "01",
        "-0",
        "1e400",
        "-1e400",
        "1e-400",
        "0e99999999999",
        "1e99999999999",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\udc00\"",
        "\"\\ud800\\u0041\"",
        "\"\\ud800\\\\\"",
        "\"\\u0000\"",
        "\"\u{0}\"",
        "\"\u{1f}\"",
        "\"\u{7f}\"",
        "\"\\/\"",
        "\"\\'\"",
        "{\"a\" : 1 , \"a\" : 2}",
        "NaN",
        "Infinity",
        "[1]x",
        "nul",
        "1 ",
        "\r\n1\r\n",
        "\u{a0}1",
        "{\"\\ud800\":1}",
    ] {
        texts.push(text.to_owned());
    }
    for text in texts {
        agrees_with_serde_json(&text).unwrap();
    }
}
