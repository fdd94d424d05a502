// A struct with an unknown field type; literals with missing and extra fields.
#[derive(Debug)]
struct Sensor {
    name: &'static str,
    unit: Unit,
    last: f64,
}

fn make(name: &'static str) -> Sensor {
    Sensor { name, last: 0.0 }
}

fn make_full(name: &'static str) -> Sensor {
    Sensor { name, unit: 3, last: 1.0, scale: 2.0 }
}

fn make_bad(name: &'static str) -> Sensor {
    Sensor { name: name, unit: 0, last: "zero" }
}

fn main() {
    let s = make("t1");
    let Sensor { name, unit, last } = s;
    let Sensor { nmae, .. } = make_full("t2");
    println!("{} {:?} {} {}", name, unit, last, nmae);
    let b = make_bad("t3");
    let ratio: i32 = b.last;
    println!("{}", ratio);
}
