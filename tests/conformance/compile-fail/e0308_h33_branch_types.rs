// Branches and arms with different numeric types.
fn pick(flag: bool) -> u8 {
    if flag { 1 } else { 2 }
}

fn level(n: i32) -> u16 {
    let v = match n {
        0 => 1u8,
        1..=9 => 2u16,
        _ => 3,
    };
    v
}

fn ratio(a: i32, b: i32) -> f64 {
    if b == 0 {
        0
    } else {
        a / b
    }
}

fn main() {
    let x = if pick(true) > 0 { 1.5 } else { 2 };
    let y = [1, 2.0, 3];
    let z: (u8, f32) = (300, 1);
    let w = match x > 1.0 { true => "yes", false => 0 };
    println!("{} {:?} {:?} {} {} {}", x, y, z, w, level(4), ratio(1, 2));
}
