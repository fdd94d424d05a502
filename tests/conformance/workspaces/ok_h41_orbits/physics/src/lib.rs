mod body;
pub mod integrate;
mod units;

pub use body::{Body, System};
pub use units::{AU, G, YEAR};
