// Every arm of a match diverges, so the bound value has no type to call a method on.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Celsius,
    Kelvin,
    Rankine,
}

fn offset(u: Unit) -> i32 {
    let base = match u {
        Unit::Celsius => return 0,
        Unit::Kelvin => panic!("kelvin is not supported yet"),
        Unit::Rankine => unimplemented!(),
    };
    base.abs()
}

fn main() {
    println!("{}", offset(Unit::Celsius));
    let _ = Unit::Kelvin;
    let _ = Unit::Rankine;
}
