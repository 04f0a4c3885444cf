//! Staff sign-in: the second factor.

pub mod totp;
