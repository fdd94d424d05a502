mod book;
mod audit;

pub use book::{Entry, Ledger};

pub(crate) const ROUNDING_CENTS: i64 = 5;
pub(crate) static AUDIT_LIMIT: i64 = 1_000_000;

pub(crate) fn round_cents(c: i64) -> i64 {
    (c + ROUNDING_CENTS / 2) / ROUNDING_CENTS * ROUNDING_CENTS
}
