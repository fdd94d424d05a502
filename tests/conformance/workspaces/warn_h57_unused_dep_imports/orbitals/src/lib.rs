pub mod bodies;
pub mod consts;

pub use bodies::{Body, Kind};
