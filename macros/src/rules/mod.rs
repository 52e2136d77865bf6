//! Static knowledge about HTML, SVG and MathML names that the template checker consults.
pub(crate) mod attributes;
pub(crate) mod elements;
