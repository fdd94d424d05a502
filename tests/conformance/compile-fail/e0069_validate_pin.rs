// PIN validation returning a bool, with an early `return;` left over from a refactoring,
// and a typo in a variable name.
fn valid_pin(pin: &[u8]) -> bool {
    if pin.len() != 4 {
        return;
    }
    for &d in pin {
        if !d.is_ascii_digit() {
            return false;
        }
    }
    true
}

fn main() {
    let attempts: [&[u8]; 3] = [b"1234", b"12a4", b"99"];
    let mut accepted = 0;
    for a in attempts {
        if valid_pin(a) {
            accepted += 1;
        }
    }
    println!("{} accepted", acepted);
}
