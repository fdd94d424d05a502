// Modules with `use` groups, renames, `super::`, statics, type aliases and consts, used
// by shadowed bindings in nested blocks.
mod units {
    pub type Millis = u64;
    pub const SECOND: Millis = 1000;
    pub static LABELS: [&str; 3] = ["ms", "s", "min"];

    pub mod convert {
        use super::{Millis, SECOND};

        pub fn to_seconds(ms: Millis) -> f64 {
            ms as f64 / SECOND as f64
        }

        pub(crate) fn split(ms: Millis) -> (u64, u64, u64) {
            let minutes = ms / (60 * SECOND);
            let rest = ms % (60 * SECOND);
            (minutes, rest / SECOND, rest % SECOND)
        }
    }
}

mod report {
    use crate::units::convert::{self, split as split_ms};
    use crate::units::{Millis, LABELS};

    pub fn line(name: &str, ms: Millis) {
        let (m, s, rest) = split_ms(ms);
        println!("{:<8}{:>3}{} {:>2}{} {:>3}{} = {:.3}", name, m, LABELS[2], s, LABELS[1], rest, LABELS[0],
                 convert::to_seconds(ms));
    }
}

use report::line as print_line;
use units::Millis as Ms;

fn main() {
    let t: Ms = 61_234;
    print_line("first", t);
    let t = t * 3;
    print_line("tripled", t);
    {
        let t = t / 7;
        print_line("seventh", t);
        let t = {
            let t = t + units::SECOND;
            t - 1
        };
        print_line("nudged", t);
    }
    print_line("back", t);
    let t = t as f64 / 1000.0;
    println!("{:.2} seconds", t);
    let t = t > 100.0;
    println!("long: {}", t);
}
