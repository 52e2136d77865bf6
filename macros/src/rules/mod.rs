//! Static knowledge about HTML, SVG and MathML names that the template checker consults.
#[allow(
    dead_code,
    reason = "shared with the runtime, which checks spread names with the rest"
)]
pub(crate) mod attributes;
pub(crate) mod elements;
