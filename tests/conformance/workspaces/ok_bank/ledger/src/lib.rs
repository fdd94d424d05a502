pub mod account;
mod rules;

pub use account::Account;
pub(crate) use rules::overdraft_allowed;
