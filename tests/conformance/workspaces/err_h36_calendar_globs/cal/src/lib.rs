pub mod date;
pub mod prelude {
    pub use crate::date::*;
    pub use crate::date::weekday::Weekday::{self, *};
}
