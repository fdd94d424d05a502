// lints: unconditional_recursion unreachable_code
// Wrapper type whose forwarding methods accidentally call themselves.
#[derive(Debug, Clone, Copy)]
struct Meters(f64);

impl Meters {
    fn value(&self) -> f64 {
        self.0
    }

    fn double(&self) -> Meters {
        Meters(self.value() * 2.0)
    }

    fn to_feet(&self) -> f64 {
        self.to_feet() * 3.28084
    }

    fn add(self, other: Meters) -> Meters {
        Meters::add(self, other)
    }
}

fn clamp_len(m: Meters) -> f64 {
    if m.value() > 100.0 {
        return 100.0;
        println!("clamped");
    }
    m.value()
}

fn main() {
    let a = Meters(2.5);
    let b = a.double();
    println!("{} {}", clamp_len(b), b.value());
    if a.value() < 0.0 {
        println!("{} {:?}", a.to_feet(), a.add(b));
    }
}
