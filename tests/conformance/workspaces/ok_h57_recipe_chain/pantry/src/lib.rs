pub mod stock;

pub use measure_h57 as measure;
pub use stock::{Item, Shelf};
