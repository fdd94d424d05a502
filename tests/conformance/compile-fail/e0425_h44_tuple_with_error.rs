// Pairs of readings where one element comes from a misspelled name.
fn calibrate(raw: i32) -> i32 {
    raw * 3 / 2
}

fn main() {
    let offset = 7;
    let pair = (calibrate(10), ofset);
    let left: u8 = pair.0;
    let triple = (1.5, calibrate(2), scal);
    let middle: bool = triple.1;
    let (a, b) = (calibrate(4), gain);
    let a_flag: bool = a;
    let a_byte: u8 = a;
    let (c, d) = (calibrate(5), offset);
    let c_flag: bool = c;
    println!("{} {} {} {} {} {} {}", left, middle, a_flag, a_byte, b, c_flag, d);
}
