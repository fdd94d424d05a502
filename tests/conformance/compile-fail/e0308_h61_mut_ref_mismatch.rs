// mutability mismatch in references
fn reset(counter: &mut u32) {
    *counter = 0;
}

fn peek(counter: &u32) -> u32 {
    *counter
}

fn main() {
    let mut c = 10;
    reset(&c);
    let r: &mut u32 = &c;
    println!("{} {}", peek(&mut c), r);
}
