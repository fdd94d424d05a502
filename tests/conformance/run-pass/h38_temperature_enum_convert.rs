// Enums with data and conversions; impl methods returning Self; consts on impl.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Temp {
    C(f64),
    F(f64),
    K(f64),
}

impl Temp {
    const ABSOLUTE_ZERO_C: f64 = -273.15;

    fn to_celsius(self) -> Temp {
        match self {
            Temp::C(_) => self,
            Temp::F(f) => Temp::C((f - 32.0) * 5.0 / 9.0),
            Temp::K(k) => Temp::C(k + Self::ABSOLUTE_ZERO_C),
        }
    }

    fn value(&self) -> f64 {
        match self {
            Temp::C(v) | Temp::F(v) | Temp::K(v) => *v,
        }
    }

    fn is_physical(&self) -> bool {
        self.to_celsius().value() >= Temp::ABSOLUTE_ZERO_C
    }

    fn unit(&self) -> char {
        match self {
            Temp::C(..) => 'C',
            Temp::F(..) => 'F',
            Temp::K(..) => 'K',
        }
    }
}

fn warmest(temps: &[Temp]) -> Temp {
    let mut best = temps[0];
    for t in temps.iter() {
        if t.to_celsius().value() > best.to_celsius().value() {
            best = *t;
        }
    }
    best
}

fn main() {
    let temps = [Temp::C(21.5), Temp::F(98.6), Temp::K(300.0), Temp::K(-5.0), Temp::F(-40.0)];
    for t in &temps {
        let c = t.to_celsius();
        println!(
            "{:>7.2}{} = {:>8.3}C physical={}",
            t.value(),
            t.unit(),
            c.value(),
            t.is_physical()
        );
    }
    let w = warmest(&temps);
    println!("warmest: {:?}", w);
    println!("-40F == -40C? {}", Temp::F(-40.0).to_celsius() == Temp::C(-40.0));
}
