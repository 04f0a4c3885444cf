//! Staff sign-in, the second factor, first sign-in with an enrolment code, and one's own account.

pub mod account;
pub mod enrol;
pub mod first_sign_in;
pub mod sign_in;
