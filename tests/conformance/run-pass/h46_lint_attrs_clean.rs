// Every warning in this file is silenced on purpose at the narrowest level.
#![allow(clippy::needless_range_loop)]
#![warn(unused, nonstandard_style, reason = "house style")]

#[allow(dead_code, reason = "kept for the next release")]
mod future {
    pub fn planned() -> u32 {
        1
    }
}

#[allow(non_camel_case_types)]
#[derive(Debug, Clone, Copy)]
enum unit_kind {
    Metre,
    Foot,
}

struct Converter {
    #[allow(dead_code)]
    name: &'static str,
    factor: f64,
}

impl Converter {
    #[allow(non_upper_case_globals)]
    const feet_per_metre: f64 = 3.28084;

    fn convert(&self, v: f64, to: unit_kind) -> f64 {
        match to {
            unit_kind::Metre => v / self.factor,
            unit_kind::Foot => v * self.factor,
        }
    }
}

#[allow(unused_variables, unused_assignments)]
fn scratch() -> u32 {
    let mut x = 1;
    x = 2;
    let y = 3;
    7
}

fn main() {
    let c = Converter { name: "len", factor: Converter::feet_per_metre };
    println!("{:.3}", c.convert(10.0, unit_kind::Foot));
    println!("{:.3}", c.convert(10.0, unit_kind::Metre));
    #[allow(unused_mut)]
    let mut total = scratch();
    #[allow(unused_parens)]
    let doubled = (total * 2);
    #[allow(path_statements)]
    doubled;
    'label: {
        #[allow(unreachable_code)]
        {
            break 'label;
            println!("never");
        }
    }
    println!("{}", doubled);
}
