// Inline modules: nesting, visibility, inner attributes and paths through self/super/crate.
#![allow(dead_code)]

mod missing_file_is_fine_for_parse_only;

pub mod geometry {
    //! Geometry helpers.
    #![allow(clippy::float_cmp)]

    pub mod shapes {
        use super::units::Length;

        #[derive(Debug)]
        pub struct Square {
            pub side: Length,
        }

        impl Square {
            pub fn area(&self) -> f64 {
                self.side.0 * self.side.0
            }
        }

        pub(in crate::geometry) fn internal() -> u8 {
            3
        }
    }

    pub mod units {
        #[derive(Debug, Clone, Copy)]
        pub struct Length(pub f64);

        pub(super) fn unit_name() -> &'static str {
            "m"
        }
    }

    pub fn describe(s: &shapes::Square) -> String {
        format!("{}{}^2 {}", s.area(), units::unit_name(), self::shapes::internal())
    }
}

mod empty {}

#[cfg(test)]
mod tests {
    use super::geometry::*;

    #[test]
    fn square_area() {
        let s = shapes::Square { side: units::Length(2.0) };
        assert_eq!(s.area(), 4.0);
    }
}

pub(crate) mod config {
    pub const NAME: &str = "geometry";
}

unsafe extern "C" {}

fn main() {
    let sq = geometry::shapes::Square { side: geometry::units::Length(3.0) };
    println!("{} {}", geometry::describe(&sq), crate::config::NAME);
}
