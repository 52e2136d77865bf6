//! JSON text: strings escaped in one pass, integers and floats. The leaves of
//! [`Json`](crate::Json)'s canonical form, and the strings of the CSRF field htmx sends, so it
//! is compiled with or without the `json` feature.

use alloc::string::String;
use core::fmt;

/// The bytes a search stops at: those escaped (`"`, `\`, `<`, `>`, `&` and the C0 controls
/// U+0000..U+001F) and `0xE2`, the first byte of U+2028 and U+2029 (and of other characters,
/// which stay). JSON requires escaping `"`, `\` and the controls; `<`, `>` and `&` are escaped
/// too, so the text can never close a `<script>`, open a comment or start a character
/// reference.
const fn stops_at(byte: u8) -> bool {
    byte < 0x20 || matches!(byte, b'"' | b'\\' | b'<' | b'>' | b'&' | 0xE2)
}

/// [`stops_at`] for every byte, for the byte loop over texts shorter than a block.
const STOP: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = stops_at(byte as u8);
        byte += 1;
    }
    table
};

/// Zero exactly for the bytes [`stops_at`] stops at, as the minimum of one "distance" per
/// test: straight-line `u8` arithmetic the compiler turns into SIMD over a whole block
/// (`pminub`, `pxor`, `pand` with SSE2), where the `bool` form compiles to branches.
#[inline(always)]
fn distance(byte: u8) -> u8 {
    let angle = (byte | 0x02) ^ b'>'; // `<` (0x3C) or `>` (0x3E)
    let quote_or_amp = (byte | 0x04) ^ b'&'; // `"` (0x22) or `&` (0x26)
    let backslash = byte ^ b'\\';
    let separator_lead = byte ^ 0xE2;
    let control = byte & 0xE0; // below 0x20
    angle
        .min(quote_or_amp)
        .min(backslash)
        .min(separator_lead)
        .min(control)
}

/// How many bytes the block search classifies at once (one SSE2 register).
const BLOCK: usize = 16;

/// Per lane of `block`, whether [`stops_at`] stops there: bit `i` for lane `i`.
#[inline(always)]
fn stops_in(block: &[u8; BLOCK]) -> u64 {
    // Written so the compiler keeps it in one SIMD register (`pminub` for the distances, one
    // `pcmpeqb` against zero), then gathers each half's lane bits with one multiplication:
    // lane `i` of a half, holding 0 or 1 at bit `8 * i`, lands on bit `56 + i` of the product
    // and no two lanes meet.
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let mut lanes = [0; BLOCK];
    for (lane, &byte) in lanes.iter_mut().zip(block) {
        *lane = u8::from(distance(byte) == 0);
    }
    let [low, high] = [&lanes[..8], &lanes[8..]].map(|half| {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(half);
        u64::from_le_bytes(bytes).wrapping_mul(GATHER) >> 56
    });
    low | high << 8
}

/// How many blocks one stop mask covers. A text's stops are visited one 64-bit mask at a
/// time, so in text with many escapes the loop over them ends (a branch no predictor can
/// guess there) once per 64 bytes, not once per block.
const BLOCKS_PER_MASK: usize = 4;

/// The stops of the `BLOCKS_PER_MASK` blocks from `start`: bit `i` for byte `start + i`.
#[inline(always)]
fn stops_from(bytes: &[u8], start: usize) -> Option<u64> {
    let chunk = bytes
        .get(start..)?
        .first_chunk::<{ BLOCK * BLOCKS_PER_MASK }>()?;
    let mut stops = 0;
    for (index, block) in chunk.chunks_exact(BLOCK).enumerate() {
        let block = block.first_chunk::<BLOCK>()?;
        stops |= stops_in(block) << (index * BLOCK);
    }
    Some(stops)
}

/// Bytes per slot of [`ESCAPES`]: every escape fits, padded with spaces, so each is copied
/// with one fixed-size store and the padding cut off again (see [`escape_at`]).
const SLOT: usize = 8;

// The slots: `0` writes nothing, `1 + c` is the C0 control `c`, then these.
const QUOTE: usize = 0x21;
const BACKSLASH: usize = 0x22;
const LESS: usize = 0x23;
const GREATER: usize = 0x24;
const AMPERSAND: usize = 0x25;
/// U+2028; U+2029 is the next slot.
const LINE_SEPARATOR: usize = 0x26;
const SLOTS: usize = 0x28;

/// Each slot's escape and the number of input bytes it replaces.
const ESCAPE_OF: [(&str, usize); SLOTS] = {
    let mut table = [("", 0); SLOTS];
    let control = [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\b", "\\t", "\\n", "\\u000b", "\\f", "\\r", "\\u000e", "\\u000f", "\\u0010", "\\u0011",
        "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017", "\\u0018", "\\u0019",
        "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
    ];
    let mut byte = 0;
    while byte < 0x20 {
        table[1 + byte] = (control[byte], 1);
        byte += 1;
    }
    table[QUOTE] = ("\\\"", 1);
    table[BACKSLASH] = ("\\\\", 1);
    table[LESS] = ("\\u003c", 1);
    table[GREATER] = ("\\u003e", 1);
    table[AMPERSAND] = ("\\u0026", 1);
    table[LINE_SEPARATOR] = ("\\u2028", 3);
    table[LINE_SEPARATOR + 1] = ("\\u2029", 3);
    table
};

/// All escapes in their slots, as one string.
const ESCAPES: &str = {
    const BYTES: [u8; SLOTS * SLOT] = {
        let mut bytes = [b' '; SLOTS * SLOT];
        let mut slot = 0;
        while slot < SLOTS {
            let escape = ESCAPE_OF[slot].0.as_bytes();
            let mut i = 0;
            while i < escape.len() {
                bytes[slot * SLOT + i] = escape[i];
                i += 1;
            }
            slot += 1;
        }
        bytes
    };
    match core::str::from_utf8(&BYTES) {
        Ok(escapes) => escapes,
        Err(_) => panic!("the escapes are ASCII"),
    }
};

/// Per slot: the escape's length, and the input bytes it replaces (high four bits).
const LENGTHS: [u8; SLOTS] = {
    let mut lengths = [0; SLOTS];
    let mut slot = 0;
    while slot < SLOTS {
        let (escape, replaces) = ESCAPE_OF[slot];
        lengths[slot] = escape.len() as u8 | (replaces as u8) << 4;
        slot += 1;
    }
    lengths
};

/// Each byte's slot: its escape's for the escaped bytes, `0` for the rest (including `0xE2`,
/// whose slot depends on the bytes after it).
const SLOT_OF: [u8; 256] = {
    let mut slots = [0; 256];
    let mut byte = 0;
    while byte < 0x20 {
        slots[byte] = 1 + byte as u8;
        byte += 1;
    }
    slots[b'"' as usize] = QUOTE as u8;
    slots[b'\\' as usize] = BACKSLASH as u8;
    slots[b'<' as usize] = LESS as u8;
    slots[b'>' as usize] = GREATER as u8;
    slots[b'&' as usize] = AMPERSAND as u8;
    slots
};

/// Writes what the byte at `stop` (one [`stops_at`] stops at) needs: the clean run from
/// `clean_from` up to it, then its escape, moving `clean_from` past what the escape replaces.
/// A `0xE2` that does not start U+2028 or U+2029 gets the empty slot `0` and stays in the
/// next clean run.
///
/// Which escape a byte gets is looked up, not branched on: in text with many escapes the
/// kinds come in no order a branch predictor could learn. The escape is copied as its whole
/// slot (one fixed-size store) and the padding cut off again.
#[inline(always)]
fn escape_at(text: &str, stop: usize, clean_from: &mut usize, out: &mut String) {
    let bytes = text.as_bytes();
    let byte = bytes[stop];
    let second = bytes.get(stop + 1).copied().unwrap_or(0);
    let third = bytes.get(stop + 2).copied().unwrap_or(0);
    let separator =
        usize::from(byte == 0xE2) & usize::from(second == 0x80) & usize::from(third | 1 == 0xA9);
    let slot = usize::from(SLOT_OF[usize::from(byte)])
        + separator * (LINE_SEPARATOR + usize::from(third & 1));
    let lengths = LENGTHS[slot];
    // `stop` is at an ASCII byte or a lead byte: a char boundary.
    out.push_str(&text[*clean_from..stop]);
    let end = out.len() + usize::from(lengths & 0xF);
    out.push_str(&ESCAPES[slot * SLOT..slot * SLOT + SLOT]);
    out.truncate(end);
    *clean_from = stop + usize::from(lengths >> 4);
}

/// Appends the contents of a JSON string (without the quotes) holding `text`, in one pass.
///
/// Most strings are short and clean (keys, names, tags): a byte loop, inlined where the
/// string is written (so a key's fixed length is a branch the predictor learns), finds them
/// so and copies them whole. Longer texts go to the block search of [`escape_contents`].
#[inline]
pub(crate) fn string_contents(text: &str, out: &mut String) {
    if text.len() >= BLOCK {
        escape_contents(text, out);
    } else if let Some(first) = text.bytes().position(|byte| STOP[usize::from(byte)]) {
        escape_short(text, first, out);
    } else {
        out.push_str(text);
    }
}

/// [`string_contents`] for a text shorter than a block whose first stop is at `first`.
#[inline(never)]
fn escape_short(text: &str, first: usize, out: &mut String) {
    let mut clean_from = 0;
    for (stop, &byte) in text.as_bytes().iter().enumerate().skip(first) {
        if STOP[usize::from(byte)] {
            escape_at(text, stop, &mut clean_from, out);
        }
    }
    out.push_str(&text[clean_from..]);
}

/// [`string_contents`] for a text of at least one block.
///
/// The text is classified 16 bytes at a time; the clean runs between the bytes that need
/// escaping are copied in bulk and those bytes escaped where they are found. (The continuation
/// bytes of an escaped U+2028 or U+2029 never stop a search, so every stop is at or after the
/// end of the escape before it.)
#[inline(never)]
fn escape_contents(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let mut clean_from = 0;
    let mut start = 0;
    while let Some(stops) = stops_from(bytes, start) {
        escape_stops(text, start, stops, &mut clean_from, out);
        start += BLOCK * BLOCKS_PER_MASK;
    }
    // Fewer than `BLOCK * BLOCKS_PER_MASK` bytes are left: their whole blocks, then the last
    // full block of the text for the rest, its lanes already searched dropped.
    let mut stops = 0;
    let mut end = start;
    while let Some(block) = bytes.get(end..).and_then(<[u8]>::first_chunk::<BLOCK>) {
        stops |= stops_in(block) << (end - start);
        end += BLOCK;
    }
    if let Some(block) = bytes.last_chunk::<BLOCK>()
        && end < bytes.len()
    {
        let searched = end - (bytes.len() - BLOCK);
        stops |= stops_in(block) >> searched << (end - start);
    }
    escape_stops(text, start, stops, &mut clean_from, out);
    out.push_str(&text[clean_from..]);
}

/// Writes the escapes of the stop mask `stops`, whose bit `i` is the byte at `start + i`.
#[inline(always)]
fn escape_stops(
    text: &str,
    start: usize,
    mut stops: u64,
    clean_from: &mut usize,
    out: &mut String,
) {
    while stops != 0 {
        escape_at(
            text,
            start + stops.trailing_zeros() as usize,
            clean_from,
            out,
        );
        stops &= stops - 1;
    }
}

/// Appends `text` as a quoted JSON string.
#[inline]
pub(crate) fn string(text: &str, out: &mut String) {
    out.push('"');
    string_contents(text, out);
    out.push('"');
}

/// A [`fmt::Write`] that escapes everything written to it as JSON string contents, for
/// `collect_str` (`Display` values such as dates) without a temporary `String`.
pub(crate) struct StringContents<'a>(pub(crate) &'a mut String);

impl fmt::Write for StringContents<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        string_contents(text, self.0);
        Ok(())
    }
}

/// Appends an integer in decimal.
#[inline]
pub(crate) fn integer<I: itoap::Integer + TryInto<u16> + Copy>(value: I, out: &mut String) {
    crate::integer::write(value, out);
}

/// Appends a finite `f64` as `serde_json` writes it: the shortest digits that read back as
/// the same value, with a `.0` on integral values, and an exponent (`1e-7`, `1e+16`) outside
/// `1e-5 ..= 1e16`. Values with few decimal places take [`short_decimal`]; the rest `ryu`.
#[inline]
pub(crate) fn finite_f64(value: f64, out: &mut String) {
    if !short_decimal(value, out) {
        shortest(value, out);
    }
}

/// Appends a finite `f32` as `serde_json` writes it: the shortest digits for an `f32`
/// (`0.1_f32` is `0.1`), otherwise as [`finite_f64`].
pub(crate) fn finite_f32(value: f32, out: &mut String) {
    shortest(value, out);
}

/// The shortest digits from `ryu`, with the `+` `serde_json` writes on positive exponents.
fn shortest<F: ryu::Float>(value: F, out: &mut String) {
    let mut buffer = ryu::Buffer::new();
    let digits = buffer.format_finite(value);
    match digits.split_once('e') {
        Some((mantissa, exponent)) if !exponent.starts_with('-') => {
            out.push_str(mantissa);
            out.push_str("e+");
            out.push_str(exponent);
        }
        _ => out.push_str(digits),
    }
}

/// `10^k` for the decimal places [`short_decimal`] tries; all exact in an `f64`.
const POWERS_OF_TEN: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// Where [`short_decimal`] stops: `2^49`, so the scaled value is off by at most `1/16` from
/// the exact product and the candidate's own distance is at most `1/16` too.
const SCALED_LIMIT: f64 = (1_u64 << 49) as f64;

/// Appends `value` and returns `true` when it is in `1e-5 ≤ |value| < 1e15` and has a
/// decimal with at most 15 places that reads back as it (`0.1`, `2.5`, `4558.85`, `3.0`): the
/// common floats in data, written without `ryu`. Returns `false`, writing nothing, otherwise.
///
/// It writes what `ryu` writes. For `k = 0, 1, …` it takes `m`, the integer nearest
/// `|value| · 10^k`, and checks whether `m / 10^k` (one correctly rounded division, as a
/// parser reads the decimal) is `|value|` again; the first `k` that reads back wins:
///
/// - While `|value| · 10^k < 2^49`, the product is computed within `2^49 · 2^-53 = 1/16`,
///   and a `k`-place decimal reads back as `value` only within half an ulp of it, which is
///   within `1/16` after scaling. So a `k`-place decimal reads back exactly when the nearest
///   one (`m`, within `1/8` of the computed product) does, and at most one can.
/// - The first such `k` gives the fewest significant digits (in the fixed notation used in
///   this range, fewer places means fewer digits; a shorter decimal in the decade below
///   would put the power of ten between them in the interval, found at a smaller `k`), and
///   `m` is the only candidate with them, so it is `ryu`'s choice. Its last digit is not `0`
///   for `k > 0` (else `k - 1` would have read back).
fn short_decimal(value: f64, out: &mut String) -> bool {
    let magnitude = value.abs();
    if !(1e-5..1e15).contains(&magnitude) {
        return false;
    }
    let mut from = 0;
    while let Some((places, digits)) = nearly_whole(magnitude, from) {
        // One division per candidate, outside the search loop (`digits` is below `2^49`, so
        // `as f64` is exact).
        if digits as f64 / POWERS_OF_TEN[places] == magnitude {
            write_decimal(value.is_sign_negative(), digits, places, out);
            return true;
        }
        from = places + 1;
    }
    false
}

/// The first `k ≥ from` where `magnitude · 10^k` is within `1/8` of a whole number, and that
/// number; `None` once the product reaches [`SCALED_LIMIT`] or `k` passes 15.
#[inline(always)]
fn nearly_whole(magnitude: f64, from: usize) -> Option<(usize, i64)> {
    for (places, &power) in POWERS_OF_TEN.iter().enumerate().skip(from) {
        let scaled = magnitude * power;
        if scaled >= SCALED_LIMIT {
            return None;
        }
        // Rounds half up; `scaled + 0.5` is exact below `2^49`. The conversions are exact
        // (`scaled` is non-negative and below `2^49`), and signed ones are one instruction
        // each way on x86-64 where unsigned ones are not.
        let digits = (scaled + 0.5) as i64;
        let nearest = digits as f64;
        if (scaled - nearest).abs() <= 0.125 {
            return Some((places, digits));
        }
    }
    None
}

/// Appends `±digits · 10^-places` in fixed notation: `12.5`, `0.05`, and `3.0` for `places`
/// of `0`.
fn write_decimal(negative: bool, digits: i64, places: usize, out: &mut String) {
    if negative {
        out.push('-');
    }
    let mut buffer = itoa::Buffer::new();
    let digits = buffer.format(digits);
    if places == 0 {
        out.push_str(digits);
        out.push_str(".0");
    } else if let Some(whole) = digits.len().checked_sub(places).filter(|&whole| whole > 0) {
        out.push_str(&digits[..whole]);
        out.push('.');
        out.push_str(&digits[whole..]);
    } else {
        out.push_str("0.");
        for _ in digits.len()..places {
            out.push('0');
        }
        out.push_str(digits);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        string_contents(text, &mut out);
        out
    }

    #[test]
    fn escapes_each_special_character() {
        assert_eq!(escaped("a<b>c&d"), "a\\u003cb\\u003ec\\u0026d");
        assert_eq!(escaped("\"\\"), "\\\"\\\\");
        assert_eq!(escaped("\u{8}\t\n\u{c}\r"), "\\b\\t\\n\\f\\r");
        assert_eq!(
            escaped("\0\u{1}\u{1f}\u{7f}"),
            "\\u0000\\u0001\\u001f\u{7f}"
        );
        assert_eq!(escaped("x\u{2028}y\u{2029}z"), "x\\u2028y\\u2029z");
    }

    #[test]
    fn keeps_other_characters() {
        let text = "\u{2027}\u{202a}\u{20ac} é 😀 \u{85} ' / ]]";
        assert_eq!(escaped(text), text);
        assert_eq!(escaped("\u{2028}"), "\\u2028");
        assert_eq!(escaped("\u{20ac}\u{2029}"), "\u{20ac}\\u2029");
    }

    /// The escaping spelled out one character at a time, as the canonical form says.
    fn escaped_slowly(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '<' => out.push_str("\\u003c"),
                '>' => out.push_str("\\u003e"),
                '&' => out.push_str("\\u0026"),
                '\u{2028}' => out.push_str("\\u2028"),
                '\u{2029}' => out.push_str("\\u2029"),
                '\u{8}' => out.push_str("\\b"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                '\u{c}' => out.push_str("\\f"),
                '\r' => out.push_str("\\r"),
                c if c < ' ' => {
                    let _ =
                        fmt::Write::write_fmt(&mut out, format_args!("\\u{:04x}", u32::from(c)));
                }
                c => out.push(c),
            }
        }
        out
    }

    #[test]
    fn every_special_character_at_every_place_of_a_block() {
        let specials = [
            "\"", "\\", "<", ">", "&", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202a}", "\u{20ac}",
            "\0", "\u{1f}", "\n", "\u{7f}", "=", "\u{3e}", "\u{be}", "\u{e2}", "\u{a2}", "\u{de}",
            "\u{fe}", "\u{5e}", "\u{7c}", "\u{1c}", "é",
        ];
        // Every length up to past one mask of blocks, and around the second.
        for len in (0..80).chain(120..=136) {
            for at in 0..len {
                for special in specials {
                    for filler in ["a", "~", "é"] {
                        let text =
                            format!("{}{special}{}", filler.repeat(at), "b".repeat(len - at - 1));
                        assert_eq!(escaped(&text), escaped_slowly(&text), "{text:?}");
                        if len < 40 {
                            let twice = format!("{text}{special}{text}");
                            assert_eq!(escaped(&twice), escaped_slowly(&twice), "{twice:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn dense_text_of_every_length() {
        let pieces = [
            "<", "&", "\u{2028}", "\"", "ab", "é", "\u{2027}", "\n", " ", "xyz",
        ];
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        for len in 0..400 {
            let mut text = String::new();
            while text.len() < len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % 10) as usize]);
            }
            assert_eq!(escaped(&text), escaped_slowly(&text), "{text:?}");
        }
    }

    #[test]
    fn every_byte_value_in_and_around_blocks() {
        for c in (0..0x3000_u32).filter_map(char::from_u32) {
            for len in [0, 1, 7, 15, 16, 17, 31, 33, 63, 64, 65, 100] {
                let text = format!("{}{c}{}", "x".repeat(len), "y".repeat(len / 2));
                assert_eq!(escaped(&text), escaped_slowly(&text), "{text:?}");
            }
        }
    }

    /// What `ryu` alone writes for `value`.
    fn shortest_of(value: f64) -> String {
        let mut out = String::new();
        shortest(value, &mut out);
        out
    }

    #[test]
    fn short_decimals_are_what_ryu_writes() {
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut out = String::new();
        let mut check = |value: f64| {
            out.clear();
            if short_decimal(value, &mut out) {
                assert_eq!(out, shortest_of(value), "{value:e}");
            }
            out.clear();
            finite_f64(value, &mut out);
            assert_eq!(out, shortest_of(value), "{value:e}");
        };
        for i in 0..20_000_u32 {
            // A decimal with up to 17 digits and up to 16 places, and its neighbours.
            let places = i32::try_from(next() % 17).unwrap_or(0);
            let digits = u32::try_from(1 + next() % 17).unwrap_or(1);
            let decimal = (next() % 10_u64.pow(digits)) as f64 / 10_f64.powi(places);
            for value in [decimal, -decimal, decimal * 3.0, decimal / 7.0] {
                check(value);
                check(f64::from_bits(value.to_bits() + 1));
                check(f64::from_bits(value.to_bits().saturating_sub(1)));
            }
            check(f64::from(i) * 1.25 + 0.1);
            check(f64::from(i) * 0.01);
            check(10_f64.powi(i32::try_from(i % 40).unwrap_or(0) - 20));
            // Any finite bits, and any mantissa near the range the fast path takes.
            let bits = next();
            if f64::from_bits(bits).is_finite() {
                check(f64::from_bits(bits));
            }
            check(f64::from_bits(
                (next() >> 12) | ((1003 + next() % 60) << 52),
            ));
        }
        for edge in [
            1e-5,
            1e15,
            0.1 + 0.2,
            562_949_953_421_311.9,
            (1_u64 << 49) as f64,
        ] {
            check(edge);
            check(f64::from_bits(edge.to_bits() + 1));
            check(f64::from_bits(edge.to_bits() - 1));
        }
    }

    #[test]
    fn formats_floats_like_serde_json() {
        let cases: [(f64, &str); 8] = [
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1e-7, "1e-7"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (0.1, "0.1"),
        ];
        for (value, expected) in cases {
            let mut out = String::new();
            finite_f64(value, &mut out);
            assert_eq!(out, expected);
        }
        let mut out = String::new();
        finite_f32(3.4e38_f32, &mut out);
        assert_eq!(out, "3.4e+38");
    }
}
