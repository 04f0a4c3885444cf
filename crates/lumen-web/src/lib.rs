#![forbid(unsafe_code)]
//! lumen-web
