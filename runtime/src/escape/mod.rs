//! Escapers, one per context: each appends a `&str` to a `String` so the browser reads it back
//! as exactly that data.

#[allow(
    dead_code,
    reason = "shared with the macro, which escapes literals with its plain loop"
)]
pub(crate) mod table;

use alloc::string::String;

/// The reference each byte is replaced by in one context, built at compile time from the
/// shared table: `None` for bytes written as they are.
const fn entities(attribute: bool) -> [Option<&'static str>; 256] {
    let mut entities = [None; 256];
    let mut byte = 0;
    while byte < 256 {
        entities[byte] = if attribute {
            table::attribute_entity(byte as u8)
        } else {
            table::text_entity(byte as u8)
        };
        byte += 1;
    }
    entities
}

const TEXT_ENTITIES: [Option<&'static str>; 256] = entities(false);
const ATTRIBUTE_ENTITIES: [Option<&'static str>; 256] = entities(true);

/// The entity table of a context.
#[inline(always)]
const fn table_of<const ATTRIBUTE: bool>() -> &'static [Option<&'static str>; 256] {
    if ATTRIBUTE {
        &ATTRIBUTE_ENTITIES
    } else {
        &TEXT_ENTITIES
    }
}

/// Inputs shorter than this are escaped by a plain byte loop: for names, labels and numbers a
/// block search costs more to set up than it saves. (The block search needs at least one chunk.)
const SHORT: usize = CHUNK;

/// Appends `input` escaped for the context (`ATTRIBUTE` or text).
#[inline]
fn escape<const ATTRIBUTE: bool>(input: &str, out: &mut String) {
    if input.len() < SHORT {
        escape_short::<ATTRIBUTE>(input, out);
    } else {
        escape_long::<ATTRIBUTE>(input, out);
    }
}

/// The byte loop for short inputs: one table lookup per byte, clean runs copied whole.
#[inline]
fn escape_short<const ATTRIBUTE: bool>(input: &str, out: &mut String) {
    let entities = table_of::<ATTRIBUTE>();
    let mut written = 0;
    for (at, &byte) in input.as_bytes().iter().enumerate() {
        if let Some(reference) = entities[usize::from(byte)] {
            // Only ASCII bytes have references, so `written` and `at` are char boundaries.
            out.push_str(&input[written..at]);
            out.push_str(reference);
            written = at + 1;
        }
    }
    out.push_str(&input[written..]);
}

/// The smaller of two bytes, usable in `const` (for the check below).
#[inline(always)]
const fn min(a: u8, b: u8) -> u8 {
    if a < b { a } else { b }
}

/// Zero exactly for the bytes the context escapes, as the minimum of one "distance" per test:
/// straight-line `u8` arithmetic the compiler turns into SIMD over a whole chunk (`por`,
/// `pxor`, `pminub` with SSE2), where a `match` or table lookup compiles to a byte loop.
#[inline(always)]
const fn distance<const ATTRIBUTE: bool>(byte: u8) -> u8 {
    let angle = (byte | 0x02) ^ b'>'; // `<` (0x3C) or `>` (0x3E)
    let ampersand = if ATTRIBUTE {
        (byte | 0x04) ^ b'&' // `"` (0x22) or `&` (0x26)
    } else {
        byte ^ b'&'
    };
    let carriage_return = byte ^ b'\r';
    min(min(angle, ampersand), carriage_return)
}

// `distance` stops at exactly the bytes the shared table escapes, in both contexts.
const _: () = {
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        assert!((distance::<false>(b) == 0) == table::text_entity(b).is_some());
        assert!((distance::<true>(b) == 0) == table::attribute_entity(b).is_some());
        byte += 1;
    }
};

/// How many bytes the block search classifies at once: four SSE2 registers, one bit each in a
/// `u64` stop mask.
const CHUNK: usize = 64;

/// Whether any byte of `chunk` needs escaping. An OR of per-byte flags is what the compiler
/// reduces best: one register of distances per 16 bytes, compared with zero, OR-ed, one
/// `pmovmskb`.
#[inline(always)]
fn any_stop<const N: usize, const ATTRIBUTE: bool>(chunk: &[u8; N]) -> bool {
    chunk.iter().fold(0, |any, &byte| {
        any | u8::from(distance::<ATTRIBUTE>(byte) == 0)
    }) != 0
}

/// Per byte of `chunk`, whether it needs escaping: bit `i` for byte `i`.
///
/// The flags (0 or 1 per byte) are computed into an array, which the compiler does in SIMD
/// registers, then each eight are gathered with one multiplication: flag `i` of a word, at
/// bit `8 * i`, lands on bit `56 + i` of the product, and no two flags meet.
#[inline(always)]
fn stops_in<const ATTRIBUTE: bool>(chunk: &[u8; CHUNK]) -> u64 {
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let mut flags = [0; CHUNK];
    for (flag, &byte) in flags.iter_mut().zip(chunk) {
        *flag = u8::from(distance::<ATTRIBUTE>(byte) == 0);
    }
    let mut stops = 0;
    for (index, word) in flags.as_chunks::<8>().0.iter().enumerate() {
        stops |= (u64::from_le_bytes(*word).wrapping_mul(GATHER) >> 56) << (8 * index);
    }
    stops
}

/// Bytes per slot of an escape table: every reference fits, padded with spaces, so each is
/// copied with one fixed-size store and the padding cut off again (see [`escape_at`]).
const SLOT: usize = 8;

/// The references of a context in one string, byte `b`'s in the slot at `b * SLOT` (spaces for
/// the bytes written as they are), so which reference a byte gets is a lookup, not a branch.
const fn slots(attribute: bool) -> [u8; 256 * SLOT] {
    let entities = entities(attribute);
    let mut slots = [b' '; 256 * SLOT];
    let mut byte = 0;
    while byte < 256 {
        if let Some(reference) = entities[byte] {
            let reference = reference.as_bytes();
            assert!(reference.len() <= SLOT);
            let mut i = 0;
            while i < reference.len() {
                slots[byte * SLOT + i] = reference[i];
                i += 1;
            }
        }
        byte += 1;
    }
    slots
}

/// The length of each byte's reference (0 for bytes written as they are).
const fn lengths(attribute: bool) -> [u8; 256] {
    let entities = entities(attribute);
    let mut lengths = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        if let Some(reference) = entities[byte] {
            lengths[byte] = reference.len() as u8;
        }
        byte += 1;
    }
    lengths
}

/// [`slots`] as a `&str`, checked at compile time.
macro_rules! slot_str {
    ($attribute:expr) => {{
        const BYTES: [u8; 256 * SLOT] = slots($attribute);
        match core::str::from_utf8(&BYTES) {
            Ok(slots) => slots,
            Err(_) => panic!("the references are ASCII"),
        }
    }};
}

const TEXT_SLOTS: &str = slot_str!(false);
const ATTRIBUTE_SLOTS: &str = slot_str!(true);
const TEXT_LENGTHS: [u8; 256] = lengths(false);
const ATTRIBUTE_LENGTHS: [u8; 256] = lengths(true);

/// Clean runs up to this long are copied as one 16-byte chunk (one vector store); longer ones,
/// up to a [`CHUNK`], as one 64-byte chunk.
const RUN: usize = 16;

/// Appends the clean run of `run` bytes of `input` from `from` (both ends char boundaries).
///
/// A short run is copied without a variable-length `memcpy` call: as the fixed-size chunk of
/// input that starts with it (constant-length copies, vector stores), then cut back with
/// `truncate`. Only where that chunk would end inside a character or past the end of the
/// input is the run copied as it is.
#[inline(always)]
fn copy_run(input: &str, from: usize, run: usize, out: &mut String) {
    let written = out.len();
    if run <= RUN
        && let Some(chunk) = input.get(from..from + RUN)
    {
        out.push_str(chunk);
        out.truncate(written + run);
    } else if run <= CHUNK
        && let Some(chunk) = input.get(from..from + CHUNK)
    {
        out.push_str(chunk);
        out.truncate(written + run);
    } else {
        out.push_str(&input[from..from + run]);
    }
}

/// Writes what the byte at `stop` (one the context escapes) needs: the clean run from
/// `clean_from` up to it, then its reference, and moves `clean_from` past it.
///
/// The reference is looked up, not branched on (in dense input the escaped bytes come in no
/// order a branch predictor could learn), and copied as its whole slot, one 8-byte store,
/// then cut to length. `stop` is ASCII, so the cuts are char boundaries.
#[inline(always)]
fn escape_at<const ATTRIBUTE: bool>(
    input: &str,
    stop: usize,
    clean_from: &mut usize,
    out: &mut String,
) {
    let (slots, lengths) = if ATTRIBUTE {
        (ATTRIBUTE_SLOTS, &ATTRIBUTE_LENGTHS)
    } else {
        (TEXT_SLOTS, &TEXT_LENGTHS)
    };
    copy_run(input, *clean_from, stop - *clean_from, out);
    let byte = usize::from(input.as_bytes()[stop]);
    let written = out.len();
    out.push_str(&slots[byte * SLOT..byte * SLOT + SLOT]);
    out.truncate(written + usize::from(lengths[byte]));
    *clean_from = stop + 1;
}

/// Appends `input` (at least one chunk long) with every byte the context escapes replaced by
/// its reference.
///
/// The input is classified a chunk of 64 bytes at a time, in SIMD registers, and each chunk is
/// written out before the next, with fixed-size copies where possible (`copy_run`), so clean
/// text is read once and no `memcpy` call is made per escape. Long clean stretches go to the
/// tighter loop of [`copy_clean`]. In a chunk with escapes, they are visited through its
/// 64-bit stop mask, so in dense input the loop over them ends (a branch no predictor can
/// guess there) once per chunk, not once per escape.
#[inline(never)]
fn escape_long<const ATTRIBUTE: bool>(input: &str, out: &mut String) {
    let bytes = input.as_bytes();
    // Bytes before `clean_from` are in `out`; bytes before `start` are classified. They differ
    // only when a chunk ends inside a character (its last run then goes with the next chunk).
    let mut clean_from = 0;
    let mut start = 0;
    while let Some(chunk) = bytes.get(start..).and_then(<[u8]>::first_chunk::<CHUNK>) {
        let mut stops = stops_in::<ATTRIBUTE>(chunk);
        if stops == 0
            && let Some(pending_and_chunk) = input.get(clean_from..start + CHUNK)
        {
            // A clean chunk, copied with the run pending before it: likely the start of a
            // clean stretch, so the rest goes to the tighter loop. With nothing pending (the
            // usual case) the copy is of a constant 64 bytes, vector stores.
            if clean_from == start
                && let Some(chunk) = input.get(start..start + CHUNK)
            {
                out.push_str(chunk);
            } else {
                out.push_str(pending_and_chunk);
            }
            start = copy_clean::<ATTRIBUTE>(input, start + CHUNK, out);
            clean_from = start;
            continue;
        }
        while stops != 0 {
            let stop = start + stops.trailing_zeros() as usize;
            escape_at::<ATTRIBUTE>(input, stop, &mut clean_from, out);
            stops &= stops - 1;
        }
        start += CHUNK;
        // After a chunk with escapes, its last clean run waits for the next escape. If the
        // next chunk is clean, it is copied with it, which brings back the fused copy above
        // (as it does after a chunk ending inside a character).
    }
    // Fewer than `CHUNK` bytes are left: the last chunk of the input covers them, its bytes
    // already searched dropped from the mask.
    if start < bytes.len()
        && let Some(chunk) = bytes.last_chunk::<CHUNK>()
    {
        let searched = start - (bytes.len() - CHUNK);
        let mut stops = stops_in::<ATTRIBUTE>(chunk) >> searched;
        while stops != 0 {
            let stop = start + stops.trailing_zeros() as usize;
            escape_at::<ATTRIBUTE>(input, stop, &mut clean_from, out);
            stops &= stops - 1;
        }
    }
    out.push_str(&input[clean_from..]);
}

/// How many bytes [`copy_clean`] classifies and copies at once: two chunks, so its loop
/// overhead (a char-boundary check, a capacity check) is paid once per 128 bytes.
const CLEAN: usize = 2 * CHUNK;

/// Copies the clean stretch of `input` from `start` (a char boundary) to `out`, and returns
/// where it ends: at a pair of chunks with a stop in it, fewer than two chunks before the end,
/// or (rarely) before a pair ending inside a character.
///
/// Each pair is copied right after it is classified, while it is in registers, as a constant
/// number of bytes (vector stores, no `memcpy` call); clean text is read once.
#[inline(always)]
fn copy_clean<const ATTRIBUTE: bool>(input: &str, start: usize, out: &mut String) -> usize {
    let Some(mut rest) = input.get(start..) else {
        return start;
    };
    while let Some((pair, after)) = rest.split_at_checked(CLEAN)
        && let Some(bytes) = pair.as_bytes().first_chunk::<CLEAN>()
        && !any_stop::<CLEAN, ATTRIBUTE>(bytes)
    {
        out.push_str(pair);
        rest = after;
    }
    input.len() - rest.len()
}

/// Escapes `input` for HTML text (element content, `<title>`, `<textarea>`) and appends it to `out`.
///
/// ```
/// let mut out = String::new();
/// vetted::escape::text("a < b && c", &mut out);
/// assert_eq!(out, "a &lt; b &amp;&amp; c");
/// ```
#[inline]
pub fn text(input: &str, out: &mut String) {
    escape::<false>(input, out);
}

/// Escapes `input` for a double-quoted attribute value and appends it to `out`.
///
/// ```
/// let mut out = String::new();
/// vetted::escape::attribute(r#"say "hi" & <wave>"#, &mut out);
/// assert_eq!(out, "say &quot;hi&quot; &amp; &lt;wave&gt;");
/// ```
#[inline]
pub fn attribute(input: &str, out: &mut String) {
    escape::<true>(input, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast escapers against the shared table's plain loop, on inputs that exercise the
    /// search, the look-ahead and their hand-overs.
    #[test]
    fn fast_escapers_match_the_shared_table() {
        let mut inputs: alloc::vec::Vec<String> = [
            "",
            "plain",
            "&",
            "<<<<",
            "a\rb\r\rc",
            "\"q\"",
            "é<ü>&\r\"",
            "x&y                    <z",
            "\r                      &",
            "&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&",
        ]
        .iter()
        .map(|s| String::from(*s))
        .collect();
        // Every special at every position of texts around the block and mask sizes, with
        // multi-byte characters before it.
        for len in [
            0, 1, 15, 16, 17, 63, 64, 65, 79, 80, 127, 128, 129, 191, 192, 193, 200, 260,
        ] {
            for at in 0..len {
                for special in ["&", "<", ">", "\r", "\"", "é"] {
                    let mut text: String = core::iter::repeat_n('a', at).collect();
                    text.push_str(special);
                    text.extend(core::iter::repeat_n('ü', (len - at) / 2));
                    inputs.push(text);
                }
            }
        }
        // Runs of clean text (with multi-byte characters at every offset) between escapes,
        // around the run-copy sizes, and clean stretches around the chunk sizes, so chunks and
        // copies end inside characters, right before and after escapes.
        for run in [0, 1, 2, 15, 16, 17, 30, 63, 64, 65, 127, 128, 129, 200] {
            for shift in 0..4 {
                let mut filler: String = core::iter::repeat_n('a', shift).collect();
                while filler.len() < run {
                    filler.push(['é', '€', '𝄞', 'b'][filler.len() % 4]);
                }
                for special in ["&", "<", ">", "\r", "\""] {
                    let mut text = String::new();
                    for _ in 0..6 {
                        text.push_str(&filler);
                        text.push_str(special);
                    }
                    inputs.push(text.clone());
                    inputs.push(alloc::format!("{filler}{filler}{filler}{text}é"));
                }
            }
        }
        for gap in [0, 1, 15, 16, 17, 40, 70] {
            let filler: String = core::iter::repeat_n('é', gap).collect();
            inputs.push(alloc::format!("<{filler}\r{filler}&{filler}\"{filler}>"));
            inputs.push(alloc::format!("\r{filler}\r{filler}\r{filler}<"));
        }
        for input in &inputs {
            let (mut fast, mut plain) = (String::new(), String::new());
            text(input, &mut fast);
            table::escape_with(input, &mut plain, table::text_entity);
            assert_eq!(fast, plain, "text of {input:?}");
            let (mut fast, mut plain) = (String::new(), String::new());
            attribute(input, &mut fast);
            table::escape_with(input, &mut plain, table::attribute_entity);
            assert_eq!(fast, plain, "attribute of {input:?}");
        }
    }
}
