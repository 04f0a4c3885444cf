#![forbid(unsafe_code)]
//! lumen-crypto
