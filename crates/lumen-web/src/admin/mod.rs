//! Administration: accounts, units, the screening catalogue review, the audit log and role approvals.

pub mod approvals;
pub mod audit;
pub mod catalogue;
pub mod units;
pub mod users;
