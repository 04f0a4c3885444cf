//! Use cases of case management that go beyond one store call: persons with identifiers
//! normalised and blind-indexed, and what a case shares with other cases and reports.

pub mod persons;
