#![forbid(unsafe_code)]
//! lumen-linking
