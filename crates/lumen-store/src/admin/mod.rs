//! Accounts, units and the role requests a supervisor decides.

pub(crate) mod role_requests;
pub(crate) mod units;
pub(crate) mod users;
