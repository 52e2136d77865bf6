//! Escapers, one per context: each appends a `&str` to a `String` so the browser reads it back
//! as exactly that data.

use alloc::string::String;
use core::fmt;

use vetted_rules::escape as table;

/// Inputs shorter than this are checked a word at a time and, in the rare case they need
/// escaping, escaped by a plain byte loop: for names, labels and numbers a block search costs
/// more to set up than it saves. (The block search needs at least one chunk.)
const SHORT: usize = CHUNK;

/// Appends `input` escaped for the context (`ATTRIBUTE` or text).
#[inline]
fn escape<const ATTRIBUTE: bool>(input: &str, out: &mut String) {
    if input.len() >= SHORT {
        escape_long::<ATTRIBUTE>(input, out);
    } else if short_needs_escaping::<ATTRIBUTE>(input.as_bytes()) {
        escape_short::<ATTRIBUTE>(input, out);
    } else {
        out.push_str(input);
    }
}

/// Whether any byte of `word` (eight bytes, SWAR) needs escaping: `distance` per byte, each
/// tested for zero with the carry trick (`(v - 0x01…) & !v & 0x80…` is non-zero exactly when
/// some byte of `v` is zero).
#[inline(always)]
fn word_needs_escaping<const ATTRIBUTE: bool>(word: u64) -> bool {
    const fn splat(byte: u8) -> u64 {
        u64::from_ne_bytes([byte; 8])
    }
    let has_zero = |v: u64| v.wrapping_sub(splat(0x01)) & !v & splat(0x80);
    let angle = (word | splat(0x02)) ^ splat(b'>');
    let ampersand = if ATTRIBUTE {
        (word | splat(0x04)) ^ splat(b'&')
    } else {
        word ^ splat(b'&')
    };
    let carriage_return = word ^ splat(b'\r');
    (has_zero(angle) | has_zero(ampersand) | has_zero(carriage_return)) != 0
}

/// Whether a short input needs escaping: eight bytes at a time, and the bytes left over as the
/// last eight (overlapping the word before them). Below eight bytes the input is packed into
/// one word, from two overlapping four-byte reads, or from its first, middle and last byte
/// below four (the other lanes zero, which no context escapes).
#[inline(always)]
fn short_needs_escaping<const ATTRIBUTE: bool>(bytes: &[u8]) -> bool {
    let word = |chunk: &[u8; 8]| word_needs_escaping::<ATTRIBUTE>(u64::from_ne_bytes(*chunk));
    let (words, rest) = bytes.as_chunks::<8>();
    if let Some(last) = bytes.last_chunk::<8>() {
        return (!rest.is_empty() && word(last)) || words.iter().any(word);
    }
    let packed =
        if let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
            u64::from(u32::from_ne_bytes(*first)) | u64::from(u32::from_ne_bytes(*last)) << 32
        } else {
            let at = |index: usize| u64::from(bytes.get(index).copied().unwrap_or(0));
            at(0) | at(bytes.len() / 2) << 8 | at(bytes.len().wrapping_sub(1)) << 16
        };
    word_needs_escaping::<ATTRIBUTE>(packed)
}

/// Short inputs that need escaping: the shared table's plain byte loop, clean runs copied whole.
#[inline(never)]
fn escape_short<const ATTRIBUTE: bool>(input: &str, out: &mut String) {
    if ATTRIBUTE {
        table::escape_with(input, out, table::attribute_entity);
    } else {
        table::escape_with(input, out, table::text_entity);
    }
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

// The block classifier: per byte of a chunk, whether `distance` is zero. With SSE2 (every
// x86_64 target) 16 bytes take a handful of instructions and one `pmovmskb`, through the safe
// wrappers of `safe_arch`; with AVX2 enabled at compile time (`-C target-cpu=x86-64-v3` or
// `native`) 32 bytes; elsewhere portable code the compiler vectorizes as it can. (Choosing AVX2
// at run time would need an `unsafe` call to a `#[target_feature]` function.)
#[cfg(all(
    any(target_arch = "x86", target_arch = "x86_64"),
    target_feature = "avx2"
))]
use avx2::{step_stops, stops_in};

#[cfg(all(
    any(target_arch = "x86", target_arch = "x86_64"),
    target_feature = "sse2",
    not(target_feature = "avx2")
))]
use sse2::{step_stops, stops_in};

#[cfg(not(all(
    any(target_arch = "x86", target_arch = "x86_64"),
    target_feature = "sse2"
)))]
use portable::{step_stops, stops_in};

#[cfg_attr(
    all(
        any(target_arch = "x86", target_arch = "x86_64"),
        target_feature = "sse2",
        not(test)
    ),
    allow(
        dead_code,
        reason = "the SSE2 classifier is used instead; tests compare the two"
    )
)]
mod portable {
    use super::{CHUNK, STEP, distance};

    /// The stop masks of the two chunks of `step`, or `None` when it is clean.
    #[inline(always)]
    pub(super) fn step_stops<const ATTRIBUTE: bool>(step: &[u8; STEP]) -> Option<[u64; 2]> {
        let (low, high) = step.split_at(CHUNK);
        let stops = [low, high].map(|chunk| chunk.first_chunk().map_or(0, stops_in::<ATTRIBUTE>));
        (stops != [0, 0]).then_some(stops)
    }

    /// Per byte of `chunk`, whether it needs escaping: bit `i` for byte `i`.
    ///
    /// The flags (0 or 1 per byte) are computed into an array, which the compiler does in SIMD
    /// registers, then each eight are gathered with one multiplication: flag `i` of a word, at
    /// bit `8 * i`, lands on bit `56 + i` of the product, and no two flags meet.
    #[inline(always)]
    pub(super) fn stops_in<const ATTRIBUTE: bool>(chunk: &[u8; CHUNK]) -> u64 {
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
}

#[cfg(all(
    any(target_arch = "x86", target_arch = "x86_64"),
    target_feature = "sse2"
))]
#[cfg_attr(
    all(target_feature = "avx2", not(test)),
    allow(
        dead_code,
        reason = "the AVX2 classifier is used instead; tests compare the two"
    )
)]
mod sse2 {
    use safe_arch::{
        bitor_m128i, bitxor_m128i, cmp_eq_mask_i8_m128i, load_unaligned_m128i, m128i, min_u8_m128i,
        move_mask_i8_m128i, set_splat_i8_m128i, zeroed_m128i,
    };

    use super::{CHUNK, STEP};

    /// `distance` of each byte of `block`, 16 at once.
    #[inline(always)]
    fn distances<const ATTRIBUTE: bool>(block: &[u8; 16]) -> m128i {
        let splat = |byte: u8| set_splat_i8_m128i(i8::from_ne_bytes([byte]));
        let bytes = load_unaligned_m128i(block);
        let angle = bitxor_m128i(bitor_m128i(bytes, splat(0x02)), splat(b'>'));
        let ampersand = if ATTRIBUTE {
            bitxor_m128i(bitor_m128i(bytes, splat(0x04)), splat(b'&'))
        } else {
            bitxor_m128i(bytes, splat(b'&'))
        };
        let carriage_return = bitxor_m128i(bytes, splat(b'\r'));
        min_u8_m128i(min_u8_m128i(angle, ampersand), carriage_return)
    }

    /// One bit per lane of `distances`: set where it is zero.
    #[inline(always)]
    fn zero_lanes(distances: m128i) -> u64 {
        let mask = move_mask_i8_m128i(cmp_eq_mask_i8_m128i(distances, zeroed_m128i()));
        // `pmovmskb` sets only the low 16 bits.
        u64::from(mask as u16)
    }

    /// Per byte of `chunk`, whether it needs escaping: bit `i` for byte `i`.
    #[inline(always)]
    pub(super) fn stops_in<const ATTRIBUTE: bool>(chunk: &[u8; CHUNK]) -> u64 {
        let mut stops = 0;
        for (index, block) in chunk.as_chunks::<16>().0.iter().enumerate() {
            stops |= zero_lanes(distances::<ATTRIBUTE>(block)) << (16 * index);
        }
        stops
    }

    /// The stop masks of the two chunks of `step`, or `None` when it is clean: the distances
    /// of its eight blocks stay in registers, folded with `min` for one test, and only a step
    /// with a stop pays for the masks.
    #[inline(always)]
    pub(super) fn step_stops<const ATTRIBUTE: bool>(step: &[u8; STEP]) -> Option<[u64; 2]> {
        let blocks = step.as_chunks::<16>().0;
        let distances: [m128i; STEP / 16] =
            core::array::from_fn(|index| distances::<ATTRIBUTE>(&blocks[index]));
        let nearest = distances.into_iter().reduce(min_u8_m128i)?;
        if zero_lanes(nearest) == 0 {
            return None;
        }
        let mut stops = [0; 2];
        for (index, &distances) in distances.iter().enumerate() {
            stops[index / 4] |= zero_lanes(distances) << (16 * (index % 4));
        }
        Some(stops)
    }
}

#[cfg(all(
    any(target_arch = "x86", target_arch = "x86_64"),
    target_feature = "avx2"
))]
mod avx2 {
    use safe_arch::{
        bitor_m256i, bitxor_m256i, cmp_eq_mask_i8_m256i, m256i, min_u8_m256i, move_mask_i8_m256i,
        set_splat_i8_m256i, zeroed_m256i,
    };

    use super::{CHUNK, STEP};

    /// `distance` of each byte of `block`, 32 at once.
    #[inline(always)]
    fn distances<const ATTRIBUTE: bool>(block: &[u8; 32]) -> m256i {
        let splat = |byte: u8| set_splat_i8_m256i(i8::from_ne_bytes([byte]));
        let bytes = m256i::from(*block);
        let angle = bitxor_m256i(bitor_m256i(bytes, splat(0x02)), splat(b'>'));
        let ampersand = if ATTRIBUTE {
            bitxor_m256i(bitor_m256i(bytes, splat(0x04)), splat(b'&'))
        } else {
            bitxor_m256i(bytes, splat(b'&'))
        };
        let carriage_return = bitxor_m256i(bytes, splat(b'\r'));
        min_u8_m256i(min_u8_m256i(angle, ampersand), carriage_return)
    }

    /// One bit per lane of `distances`: set where it is zero.
    #[inline(always)]
    fn zero_lanes(distances: m256i) -> u64 {
        let mask = move_mask_i8_m256i(cmp_eq_mask_i8_m256i(distances, zeroed_m256i()));
        u64::from(u32::from_ne_bytes(mask.to_ne_bytes()))
    }

    /// Per byte of `chunk`, whether it needs escaping: bit `i` for byte `i`.
    #[inline(always)]
    pub(super) fn stops_in<const ATTRIBUTE: bool>(chunk: &[u8; CHUNK]) -> u64 {
        let mut stops = 0;
        for (index, block) in chunk.as_chunks::<32>().0.iter().enumerate() {
            stops |= zero_lanes(distances::<ATTRIBUTE>(block)) << (32 * index);
        }
        stops
    }

    /// The stop masks of the two chunks of `step`, or `None` when it is clean (as the SSE2
    /// classifier, with four 32-byte blocks).
    #[inline(always)]
    pub(super) fn step_stops<const ATTRIBUTE: bool>(step: &[u8; STEP]) -> Option<[u64; 2]> {
        let blocks = step.as_chunks::<32>().0;
        let distances: [m256i; STEP / 32] =
            core::array::from_fn(|index| distances::<ATTRIBUTE>(&blocks[index]));
        let nearest = distances.into_iter().reduce(min_u8_m256i)?;
        if zero_lanes(nearest) == 0 {
            return None;
        }
        let mut stops = [0; 2];
        for (index, &distances) in distances.iter().enumerate() {
            stops[index / 2] |= zero_lanes(distances) << (32 * (index % 2));
        }
        Some(stops)
    }
}

/// The length of every reference the escapers write (see the shared table): the same for
/// all, so each is copied with one store of constant size and nothing is cut off after it.
const REFERENCE: usize = 5;

/// Byte `b`'s reference in a context at index `b`, built at compile time from the shared
/// table (five spaces for the bytes written as they are, which are never looked up), so which
/// reference a byte gets is a lookup, not a branch.
const fn references(attribute: bool) -> [&'static str; 256] {
    let mut references = ["     "; 256];
    let mut byte = 0;
    while byte < 256 {
        let entity = if attribute {
            table::attribute_entity(byte as u8)
        } else {
            table::text_entity(byte as u8)
        };
        if let Some(reference) = entity {
            assert!(reference.len() == REFERENCE);
            references[byte] = reference;
        }
        byte += 1;
    }
    references
}

const TEXT_REFERENCES: [&str; 256] = references(false);
const ATTRIBUTE_REFERENCES: [&str; 256] = references(true);

/// Outside sparse steps (in dense steps and in the input's last chunks, see [`escape_long`])
/// clean runs up to this long are copied as one 16-byte chunk (one vector store).
const RUN: usize = 16;

/// Appends the clean run of `run` bytes of `input` from `from` (both ends char boundaries).
///
/// A run is copied without a variable-length `memcpy` call where it can be: as the fixed-size
/// chunk of input that starts with it (constant-length copies, vector stores), then cut back
/// with `truncate`. The chunk is `RUN` bytes where runs are short (dense steps), and a
/// whole `STEP` in a sparse one, where runs are of any length up to a step and a `memcpy` call
/// would branch on a length no predictor can guess. Only a longer run, or one whose chunk
/// would end inside a character or past the end of the input, is copied as it is.
#[inline(always)]
fn copy_run<const SPARSE: bool>(input: &str, from: usize, run: usize, out: &mut String) {
    let chunk_len = if SPARSE { STEP } else { RUN };
    let written = out.len();
    if run <= chunk_len
        && let Some(chunk) = input.get(from..).and_then(|rest| rest.get(..chunk_len))
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
/// order a branch predictor could learn), and is one 5-byte copy. `stop` is ASCII, so the
/// cuts are char boundaries.
#[inline(always)]
fn escape_at<const ATTRIBUTE: bool, const SPARSE: bool>(
    input: &str,
    stop: usize,
    byte: u8,
    clean_from: &mut usize,
    out: &mut String,
) {
    let references = if ATTRIBUTE {
        &ATTRIBUTE_REFERENCES
    } else {
        &TEXT_REFERENCES
    };
    copy_run::<SPARSE>(input, *clean_from, stop - *clean_from, out);
    // Every reference is `REFERENCE` bytes; saying so makes the copy one of constant size.
    if let Some(reference) = references[usize::from(byte)].get(..REFERENCE) {
        out.push_str(reference);
    }
    *clean_from = stop + 1;
}

/// Whether `stops` has at least two bits set.
#[inline(always)]
fn several(stops: u64) -> bool {
    stops & stops.wrapping_sub(1) != 0
}

/// Writes the escapes of a dense step (at least two in each chunk): a loop per chunk, which
/// in dense input runs long enough for its end to be mostly predicted, with short runs between
/// the escapes. Returns where the clean bytes not yet written begin.
#[inline(never)]
fn escape_dense<const ATTRIBUTE: bool>(
    input: &str,
    start: usize,
    step: &[u8; STEP],
    stops: [u64; 2],
    mut clean_from: usize,
    out: &mut String,
) -> usize {
    for ((index, chunk), stops) in step.as_chunks::<CHUNK>().0.iter().enumerate().zip(stops) {
        let at = start + index * CHUNK;
        escape_chunk::<ATTRIBUTE>(input, at, chunk, stops, &mut clean_from, out);
    }
    clean_from
}

/// Writes the escapes of a sparse step (one or a few): one loop over the whole step, so there
/// is one branch no predictor can guess (whether another escape follows) rather than one per
/// chunk, and the runs before them are copied as whole-step chunks.
#[inline(always)]
fn escape_sparse<const ATTRIBUTE: bool>(
    input: &str,
    start: usize,
    step: &[u8; STEP],
    [low, high]: [u64; 2],
    clean_from: &mut usize,
    out: &mut String,
) {
    let mut stops = u128::from(high) << 64 | u128::from(low);
    while stops != 0 {
        // A lane of the step: read from it, no bounds check.
        let lane = stops.trailing_zeros() as usize % STEP;
        escape_at::<ATTRIBUTE, true>(input, start + lane, step[lane], clean_from, out);
        stops &= stops - 1;
    }
}

/// How many bytes the main loop of [`escape_long`] takes at once: two chunks, so its overhead
/// (a char-boundary check, a capacity check, the loop branch) is paid once per 128 bytes.
const STEP: usize = 2 * CHUNK;

/// Writes the escapes of the chunk at `start` whose stop mask is `stops`.
#[inline(always)]
fn escape_chunk<const ATTRIBUTE: bool>(
    input: &str,
    start: usize,
    chunk: &[u8; CHUNK],
    mut stops: u64,
    clean_from: &mut usize,
    out: &mut String,
) {
    while stops != 0 {
        // A lane of the chunk: read from it, no bounds check.
        let lane = stops.trailing_zeros() as usize % CHUNK;
        escape_at::<ATTRIBUTE, false>(input, start + lane, chunk[lane], clean_from, out);
        stops &= stops - 1;
    }
}

/// Appends `input` (at least one chunk long) with every byte the context escapes replaced by
/// its reference.
///
/// The input is classified 128 bytes at a time (two 64-bit stop masks, computed in SIMD
/// registers) and every byte is classified once. A clean step is copied right away, while it
/// is in registers, as a constant 128 bytes (vector stores, no `memcpy` call), together with
/// the clean run pending before it if there is one; so clean text is read once. In a step
/// with escapes they are visited through the masks, by one of two loops chosen by the step's
/// density (a choice that is predicted, as density changes slowly in real text): a dense step
/// (at least two escapes in each chunk, as in text full of markup) has a loop per chunk whose
/// end (a branch no predictor can guess there) comes once per chunk, not once per escape,
/// and copies its short runs as 16-byte chunks; a sparse step (prose with an occasional `&`)
/// has one loop over the step and copies its runs as 128-byte chunks. The step's last run
/// waits for the next escape or clean step.
#[inline(never)]
fn escape_long<const ATTRIBUTE: bool>(input: &str, out: &mut String) {
    let bytes = input.as_bytes();
    // Bytes before `clean_from` are in `out`; bytes before `start` are classified.
    let mut clean_from = 0;
    let mut start = 0;
    while let Some(step) = bytes.get(start..).and_then(<[u8]>::first_chunk::<STEP>) {
        if let Some(stops) = step_stops::<ATTRIBUTE>(step) {
            if stops.into_iter().all(several) {
                clean_from = escape_dense::<ATTRIBUTE>(input, start, step, stops, clean_from, out);
            } else {
                escape_sparse::<ATTRIBUTE>(input, start, step, stops, &mut clean_from, out);
            }
        } else {
            if clean_from == start
                && let Some(step) = input.get(start..start + STEP)
            {
                out.push_str(step);
                clean_from = start + STEP;
            } else if let Some(pending_and_step) = input.get(clean_from..start + STEP) {
                out.push_str(pending_and_step);
                clean_from = start + STEP;
            }
            // Otherwise the step ends inside a character: its bytes wait for the next copy.
        }
        start += STEP;
    }
    // Fewer than `STEP` bytes are left: a whole chunk if there is one, then the last chunk of
    // the input covers the rest, its bytes already searched dropped from the mask.
    if let Some(chunk) = bytes.get(start..).and_then(<[u8]>::first_chunk::<CHUNK>) {
        let stops = stops_in::<ATTRIBUTE>(chunk);
        escape_chunk::<ATTRIBUTE>(input, start, chunk, stops, &mut clean_from, out);
        start += CHUNK;
    }
    if start < bytes.len()
        && let Some(chunk) = bytes.last_chunk::<CHUNK>()
    {
        let chunk_start = bytes.len() - CHUNK;
        let searched = start - chunk_start;
        let stops = stops_in::<ATTRIBUTE>(chunk) & (u64::MAX << searched);
        escape_chunk::<ATTRIBUTE>(input, chunk_start, chunk, stops, &mut clean_from, out);
    }
    out.push_str(&input[clean_from..]);
}

/// Escapes `input` for HTML text (element content, `<title>`, `<textarea>`) and appends it to `out`.
///
/// ```
/// let mut out = String::new();
/// vetted::escape::text("a < b && c", &mut out);
/// assert_eq!(out, "a &#60; b &amp;&amp; c");
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
/// assert_eq!(out, "say &#34;hi&#34; &amp; &#60;wave&#62;");
/// ```
#[inline]
pub fn attribute(input: &str, out: &mut String) {
    escape::<true>(input, out);
}

/// Appends what `value`'s `Display` impl writes, each piece passed through `escape` (an escaper
/// or a percent-encoder), without a temporary `String`. If the impl fails part-way, what it
/// wrote until then stays: `Display` impls that fail on their own are bugs, on which `ToString`
/// panics.
pub(crate) fn display(
    value: &(impl fmt::Display + ?Sized),
    out: &mut String,
    escape: impl Fn(&str, &mut String),
) {
    struct Escaping<'a, E> {
        out: &'a mut String,
        escape: E,
    }
    impl<E: Fn(&str, &mut String)> fmt::Write for Escaping<'_, E> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            (self.escape)(s, self.out);
            Ok(())
        }
    }
    let _ = fmt::write(&mut Escaping { out, escape }, format_args!("{value}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The classifier in use against the portable one (the same code on targets without
    /// SSE2), and both against `distance`, on chunks holding every byte value at every lane.
    #[test]
    fn classifiers_agree_on_every_byte_at_every_lane() {
        fn check<const ATTRIBUTE: bool>(chunk: &[u8; CHUNK]) {
            let expected = chunk
                .iter()
                .enumerate()
                .filter(|&(_, &byte)| distance::<ATTRIBUTE>(byte) == 0)
                .fold(0_u64, |stops, (lane, _)| stops | 1 << lane);
            assert_eq!(stops_in::<ATTRIBUTE>(chunk), expected, "{chunk:?}");
            assert_eq!(
                portable::stops_in::<ATTRIBUTE>(chunk),
                expected,
                "{chunk:?}"
            );
            #[cfg(all(
                any(target_arch = "x86", target_arch = "x86_64"),
                target_feature = "sse2"
            ))]
            assert_eq!(sse2::stops_in::<ATTRIBUTE>(chunk), expected, "{chunk:?}");
            // The same chunk as either half of a step, the other half clean.
            let mut step = [b'a'; STEP];
            step[..CHUNK].copy_from_slice(chunk);
            let masks = (expected != 0).then_some([expected, 0]);
            assert_eq!(step_stops::<ATTRIBUTE>(&step), masks);
            assert_eq!(portable::step_stops::<ATTRIBUTE>(&step), masks);
            #[cfg(all(
                any(target_arch = "x86", target_arch = "x86_64"),
                target_feature = "sse2"
            ))]
            assert_eq!(sse2::step_stops::<ATTRIBUTE>(&step), masks);
            step.rotate_left(CHUNK);
            let masks = (expected != 0).then_some([0, expected]);
            assert_eq!(step_stops::<ATTRIBUTE>(&step), masks);
            assert_eq!(portable::step_stops::<ATTRIBUTE>(&step), masks);
            // The short inputs' word check, on every length and offset within the chunk.
            for len in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 63] {
                for from in [0, 1, CHUNK - len] {
                    let part = &chunk[from..from + len];
                    let any = part.iter().any(|&byte| distance::<ATTRIBUTE>(byte) == 0);
                    assert_eq!(short_needs_escaping::<ATTRIBUTE>(part), any, "{part:?}");
                }
            }
        }
        for byte in 0..=255_u8 {
            for lane in 0..CHUNK {
                let mut chunk = [b'a'; CHUNK];
                chunk[lane] = byte;
                check::<false>(&chunk);
                check::<true>(&chunk);
                // Over a background of other byte values, high ones included.
                let mut chunk: [u8; CHUNK] = core::array::from_fn(|i| (i * 37 + 128) as u8);
                chunk[lane] = byte;
                check::<false>(&chunk);
                check::<true>(&chunk);
            }
        }
    }

    /// The fast escapers against the shared table's plain loop on long pseudo-random texts
    /// whose density of escapes changes every few hundred bytes, so steps go from clean to
    /// sparse to dense and back, with multi-byte characters anywhere (around every chunk
    /// copy's end).
    #[test]
    fn fast_escapers_match_the_shared_table_as_density_changes() {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |bound: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % bound
        };
        const CLEAN: [char; 6] = ['a', 'b', ' ', 'é', '€', '𝄞'];
        const SPECIAL: [char; 5] = ['&', '<', '>', '"', '\r'];
        for _ in 0..300 {
            let mut input = String::new();
            let len = 64 + next(2_000) as usize;
            let mut percent = 0;
            while input.len() < len {
                if next(200) == 0 {
                    percent = [0, 1, 3, 10, 30, 60, 100][next(7) as usize];
                }
                if next(100) < percent {
                    input.push(SPECIAL[next(5) as usize]);
                } else {
                    input.push(CLEAN[next(6) as usize]);
                }
            }
            let (mut fast, mut plain) = (String::new(), String::new());
            text(&input, &mut fast);
            table::escape_with(&input, &mut plain, table::text_entity);
            assert_eq!(fast, plain, "text of {input:?}");
            let (mut fast, mut plain) = (String::new(), String::new());
            attribute(&input, &mut fast);
            table::escape_with(&input, &mut plain, table::attribute_entity);
            assert_eq!(fast, plain, "attribute of {input:?}");
        }
    }

    /// The fast escapers against the shared table's plain loop, on inputs that exercise the
    /// short-value check, the 128-byte steps, the last overlapping chunk and the fixed-size
    /// run copies, with multi-byte characters around every cut.
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
