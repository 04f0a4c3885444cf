#![forbid(unsafe_code)]
//! lumen-store
