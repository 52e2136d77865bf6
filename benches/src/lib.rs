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

/// A deterministic stream of pseudo-random numbers from `seed` (a 64-bit LCG, its high bits),
/// so every run benchmarks the same data.
fn random(seed: u64) -> impl FnMut() -> u32 {
    let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as u32
    }
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
    let mut next = random(seed);
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

/// One team of the classic "teams" template benchmark.
#[derive(Clone, Debug)]
pub struct Team {
    /// The team's name: plain in the classic page, full of `&`, `<` and `>` in the hostile ones.
    pub name: String,
    /// The team's points.
    pub score: u8,
}

/// The data of the "teams" page: a year and the teams in ranking order (the first one wins).
#[derive(Clone, Debug)]
pub struct TeamsPage {
    /// Shown in the title and the heading.
    pub year: u16,
    /// Four teams, the winner first.
    pub teams: Vec<Team>,
}

/// The classic "teams" data of the Rust template benchmarks.
#[must_use]
pub fn teams() -> TeamsPage {
    let team = |name: &str, score| Team {
        name: name.into(),
        score,
    };
    TeamsPage {
        year: 2015,
        teams: vec![
            team("Jiangsu", 43),
            team("Beijing", 27),
            team("Guangzhou", 22),
            team("Shandong", 12),
        ],
    }
}

/// The "teams" data with 128-byte team names in which `percent` of the characters are `&`, `<`
/// or `>`: every engine has to escape them in its own way.
#[must_use]
pub fn hostile_teams(percent: u32) -> TeamsPage {
    let mut page = teams();
    for (seed, team) in (1..).zip(&mut page.teams) {
        team.name = escape_prose(128, percent * 100, TEXT_SPECIALS, seed);
    }
    page
}

/// The rows of the "big-table" benchmark: `n` rows holding `0..n`.
#[must_use]
pub fn big_table(n: usize) -> Vec<Vec<usize>> {
    (0..n).map(|_| (0..n).collect()).collect()
}

/// The big-table rows with large numbers (7 to 8 digits, like database ids) instead of
/// `0..n`: the standard table's cells are all below 100, which an engine can write from a
/// small table; this variant measures the general integer path.
#[must_use]
pub fn big_table_large(n: usize) -> Vec<Vec<usize>> {
    (0..n)
        .map(|row| {
            (0..n)
                .map(|col| 1_000_003 + row * 100_019 + col * 7_919)
                .collect()
        })
        .collect()
}

/// The characters every engine escapes in element content.
pub const TEXT_SPECIALS: &[char] = &['&', '<', '>'];
/// The characters every engine escapes in a double-quoted attribute value.
pub const ATTRIBUTE_SPECIALS: &[char] = &['&', '<', '>', '"'];

/// The escaping inputs of `escape.rs` (timed) and of the `render` binary (counted by
/// `callgrind.sh`): the contexts with the characters each escapes, and the densities with the
/// percent of characters that are specials.
pub const ESCAPE_CONTEXTS: [(&str, &[char]); 2] =
    [("text", TEXT_SPECIALS), ("attribute", ATTRIBUTE_SPECIALS)];
/// See [`ESCAPE_CONTEXTS`].
pub const ESCAPE_DENSITIES: [(&str, u32); 3] = [("clean", 0), ("1pct", 1), ("20pct", 20)];

/// The 1 MiB escaping input with `percent` % of its characters drawn from `specials`.
#[must_use]
pub fn escape_input(specials: &[char], percent: u32) -> String {
    escape_prose(1 << 20, percent * 100, specials, 7)
}

/// At least `len` bytes of deterministic prose (ASCII words, some two-byte UTF-8) in which a
/// share of `basis_points` / 10 000 of the *characters* is drawn from `specials`.
#[must_use]
pub fn escape_prose(len: usize, basis_points: u32, specials: &[char], seed: u64) -> String {
    const WORDS: &[&str] = &[
        "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "café", "naïve", "über",
        "data", "render", "template", "escaping", "markup",
    ];
    let mut next = random(seed);
    let mut text = String::with_capacity(len + 16);
    let mut word = WORDS[(next() as usize) % WORDS.len()].chars();
    while text.len() < len {
        let ch = word.next().unwrap_or_else(|| {
            word = WORDS[(next() as usize) % WORDS.len()].chars();
            ' '
        });
        if next() % 10_000 < basis_points {
            text.push(specials[(next() as usize) % specials.len()]);
        } else {
            text.push(ch);
        }
    }
    text
}

/// Rewrites every character reference in `html` in one spelling: `&amp;`, `&lt;` and `&gt;` for
/// those three characters and the plain character for any other, so outputs that escape the
/// same text with different entities (`&#60;`, `&#x3c;`, `&lt;`, or `&quot;` for a `"` that
/// needs none in content) compare equal. Raw `<` and `&` are left alone, so markup differences
/// still show. Returns `None` on a reference it cannot read.
#[must_use]
pub fn normalize_references(html: &str) -> Option<String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let end = rest[amp..].find(';')? + amp;
        let name = &rest[amp + 1..end];
        let ch = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let number = name.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)?
            }
        };
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(ch),
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}
