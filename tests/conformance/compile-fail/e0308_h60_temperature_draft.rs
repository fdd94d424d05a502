#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Celsius,
    Fahrenheit,
    Kelvin,
}

#[derive(Debug, Clone, Copy)]
struct Temp {
    value: f64,
    unit: Unit,
}

impl Temp {
    fn to_celsius(self) -> Temp {
        let v = match self.unit {
            Unit::Celsius => self.value,
            Unit::Fahrenheit => (self.value - 32.0) * 5.0 / 9.0,
            Unit::Kelvin => self.value - 273.15,
        };
        Temp { value: v, unit: Unit::Celsius }
    }

    fn is_freezing(&self) -> bool {
        let c = self.to_celsius();
        if c.value <= 0.0 {
            "yes"
        } else {
            "no"
        }
    }
}

fn parse_unit(c: char) -> Unit {
    match c {
        'C' => Unit::Celsius,
        'F' => Unit::Fahrenheit,
        'K' => Unit::Kelvin,
    }
}

fn average(ts: &[Temp]) -> f64 {
    let mut sum = 0.0;
    for t in ts {
        sum += t.to_celsius().value;
    }
    sum / ts.len() as f64
}

fn main() {
    let temps = [
        Temp { value: 20.0, unit: Unit::Celsius },
        Temp { value: 50, unit: Unit::Fahrenheit },
        Temp { value: 300.0, unit: parse_unit('K') },
    ];
    let avg: i32 = average(&temps);
    println!("avg {}", avg);
    for t in temps {
        if t.is_freezing() {
            println!("{:?} is freezing", t);
        }
    }
    let first = temps[0];
    first.value = 10.0;
    let u = Unit::Rankine;
    println!("{:?} {:?}", first, u);
}
