//! The partner area: a partner organisation's submissions and filing on someone's behalf.

pub mod file;
pub mod submissions;
