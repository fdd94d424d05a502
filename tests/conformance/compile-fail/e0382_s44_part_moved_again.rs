// A part moved out and put back: the part that is still moved is the one
// rustc names when the whole value is used.
#[derive(Debug)]
struct Part {
    serial: u32,
}

#[derive(Debug)]
struct Machine {
    motor: Part,
    pump: Part,
    fan: Part,
}

fn scrap(p: Part) -> u32 {
    p.serial
}

fn main() {
    let mut m = Machine { motor: Part { serial: 1 }, pump: Part { serial: 2 }, fan: Part { serial: 3 } };
    let a = scrap(m.motor);
    let b = scrap(m.pump);
    m.pump = Part { serial: a + b };
    println!("{:?}", m);
    let c = scrap(m.fan);
    m.motor = Part { serial: c };
    let spare = m;
    println!("{}", spare.pump.serial);
}
