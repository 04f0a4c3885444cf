#![forbid(unsafe_code)]
//! lumen-screening
