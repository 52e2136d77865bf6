//! Data shared by the benchmarks in `benches/`: the same inputs for vetted and its peers.

use serde::Serialize;

/// One record of the JSON payloads: mixed strings, numbers and a small array.
#[derive(Clone, Debug, Serialize)]
pub struct Record {
    /// A counter.
    pub id: u64,
    /// A person's name.
    pub name: String,
    /// An e-mail address.
    pub email: String,
    /// A free-text note, the string that carries most escapes in the dense payloads.
    pub note: String,
    /// A float with a fractional part.
    pub score: f64,
    /// A flag.
    pub active: bool,
    /// A few short tags.
    pub tags: Vec<String>,
}

/// A top-level JSON object: what `vetted::Json` accepts.
#[derive(Clone, Debug, Serialize)]
pub struct Payload {
    /// The records.
    pub records: Vec<Record>,
}

/// Deterministic prose: mostly ASCII words with some UTF-8, where `density` percent of the
/// characters are ones HTML-safe JSON must escape (`<`, `>`, `&`, `"`, U+2028).
#[must_use]
pub fn prose(len: usize, density: u32, seed: u64) -> String {
    const WORDS: &[&str] = &[
        "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "café", "naïve", "über",
        "data",
    ];
    const SPECIALS: &[char] = &['<', '>', '&', '"', '\u{2028}'];
    let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as u32
    };
    let mut text = String::with_capacity(len + 16);
    while text.len() < len {
        if next() % 100 < density {
            text.push(SPECIALS[(next() as usize) % SPECIALS.len()]);
        } else {
            text.push_str(WORDS[(next() as usize) % WORDS.len()]);
            text.push(' ');
        }
    }
    text
}

/// A payload of about `bytes` bytes of JSON with `density` percent special characters in its
/// notes.
#[must_use]
pub fn payload(bytes: usize, density: u32) -> Payload {
    let mut records = Vec::new();
    let mut size = 0;
    let mut id = 0_u64;
    while size < bytes {
        let record = Record {
            id,
            name: format!("User {id}"),
            email: format!("user{id}@example.com"),
            note: prose(120, density, id),
            score: id as f64 * 1.25 + 0.1,
            active: id.is_multiple_of(3),
            tags: vec!["alpha".into(), format!("t{}", id % 7)],
        };
        size += 230;
        id += 1;
        records.push(record);
    }
    Payload { records }
}
