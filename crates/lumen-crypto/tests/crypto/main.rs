//! Lumen's cryptography: formats, keys, errors and properties.

mod blind_index;
mod errors;
mod field;
mod keyfile;
mod password;
mod receipt;
mod sealed;
mod symmetric;
