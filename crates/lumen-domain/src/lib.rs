#![forbid(unsafe_code)]
//! lumen-domain
