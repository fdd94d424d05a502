// Unit conversions re-exported under friendlier names with `use self::...`.
mod units {
    pub const MM_PER_INCH: f64 = 25.4;

    pub fn inches_to_mm(i: f64) -> f64 {
        i * MM_PER_INCH
    }

    pub fn mm_to_inches(mm: f64) -> f64 {
        mm / MM_PER_INCH
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum System {
        Metric,
        Imperial,
    }

    pub use self::inches_to_mm as to_metric;
    pub use self::mm_to_inches as to_imperial;
    pub use self::System as UnitSystem;
    pub use self::MM_PER_INCH as FACTOR;

    pub mod labels {
        pub fn suffix(metric: bool) -> &'static str {
            if metric {
                "mm"
            } else {
                "in"
            }
        }
    }

    pub use self::labels as names;
}

use units::{names, to_imperial, to_metric, UnitSystem, FACTOR};

fn show(value: f64, system: UnitSystem) {
    let metric = system == UnitSystem::Metric;
    println!("{:.2} {}", value, names::suffix(metric));
}

fn main() {
    let widths = [1.0, 2.5, 12.0];
    for w in widths {
        show(to_metric(w), UnitSystem::Metric);
    }
    show(to_imperial(100.0), UnitSystem::Imperial);
    println!("factor {}", FACTOR);
}
