//! Integers written in decimal straight into the output.
//!
//! Digits and a minus sign need no escaping in any context, so every sink writes them the same
//! way, with no copy through a stack buffer.

use alloc::string::String;

/// `"00"`, `"01"`, …, `"99"`: two digits per value below 100.
const PAIRS: &str = {
    const BYTES: [u8; 200] = {
        let mut bytes = [0; 200];
        let mut value = 0;
        while value < 100 {
            bytes[2 * value] = b'0' + (value / 10) as u8;
            bytes[2 * value + 1] = b'0' + (value % 10) as u8;
            value += 1;
        }
        bytes
    };
    match core::str::from_utf8(&BYTES) {
        Ok(pairs) => pairs,
        Err(_) => panic!("digits are ASCII"),
    }
};

/// The two digits of `value` (below 100), as a piece of constant length: copied with one store.
#[inline(always)]
fn pair(value: u16) -> &'static str {
    let at = 2 * usize::from(value);
    &PAIRS[at..at + 2]
}

/// Appends `value` in decimal.
///
/// Values below 10 000 (counts, ranks, years, page numbers: most numbers on a page) are written
/// inline from a table of digit pairs, each piece a fixed-size copy; larger and negative ones by
/// `itoap`, which also writes into the buffer directly after one capacity check.
#[inline(always)]
pub(crate) fn write<I: itoap::Integer + TryInto<u16> + Copy>(value: I, out: &mut String) {
    match value.try_into() {
        Ok(small @ 0..10) => out.push(char::from(b'0' + small as u8)),
        Ok(small @ 10..100) => out.push_str(pair(small)),
        Ok(small @ 100..1000) => {
            out.push(char::from(b'0' + (small / 100) as u8));
            out.push_str(pair(small % 100));
        }
        Ok(small @ 1000..10_000) => {
            out.push_str(pair(small / 100));
            out.push_str(pair(small % 100));
        }
        _ => itoap::write_to_string(out, value),
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::String;

    /// Every value around each piece boundary, and the extremes of each type, against `Display`.
    #[test]
    fn writes_what_display_writes() {
        fn check<I: itoap::Integer + TryInto<u16> + core::fmt::Display + Copy>(value: I) {
            let mut out = String::from("x");
            super::write(value, &mut out);
            assert_eq!(out, alloc::format!("x{value}"));
        }
        for value in 0..=20_000_u32 {
            check(value);
        }
        for value in -20_000..=0_i32 {
            check(value);
        }
        check(u8::MAX);
        check(i8::MIN);
        check(u16::MAX);
        check(i16::MIN);
        check(u64::MAX);
        check(i64::MIN);
        check(u128::MAX);
        check(i128::MIN);
        check(usize::MAX);
        check(isize::MIN);
    }
}
