// Two unit modules glob-imported into the same scope both define `scale`.
mod metric {
    pub const BASE: u32 = 1000;
    pub fn scale(v: u32) -> u32 {
        v * BASE
    }
    pub fn label() -> &'static str {
        "metric"
    }
}

mod imperial {
    pub const FEET_PER_MILE: u32 = 5280;
    pub fn scale(v: u32) -> u32 {
        v * FEET_PER_MILE
    }
    pub fn inches(feet: u32) -> u32 {
        feet * 12
    }
}

mod report {
    use super::imperial::*;
    use super::metric::*;

    pub fn line(v: u32) -> u32 {
        let a = scale(v);
        let b = inches(v);
        println!("{} {}", label(), BASE);
        a + b
    }
}

fn main() {
    let total = report::line(3);
    println!("{}", total);
    println!("{}", report::inches(2));
}
