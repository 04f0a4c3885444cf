//! Signing in: sessions, second-factor counters and one-time enrolment codes.

pub(crate) mod sessions;
pub(crate) mod sign_in;
