// lints: unused_parens
fn pick(flag: bool) -> (i32) {
    if (flag) { 1 } else { 0 }
}

fn main() {
    let x: (u8) = 4;
    let y: (i32,) = (pick(true),);
    let z = (x);
    println!("{} {:?} {}", x, y, z);
    return (());
}
