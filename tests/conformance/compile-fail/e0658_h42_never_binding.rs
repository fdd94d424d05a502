// Diverging functions: `!` is fine as a return type but not as a binding's type.
fn fail(reason: &str) -> ! {
    panic!("giving up: {}", reason);
}

fn parse_flag(c: char) -> bool {
    match c {
        'y' | 'Y' => true,
        'n' | 'N' => false,
        _ => fail("expected y or n"),
    }
}

fn main() {
    println!("{}", parse_flag('y'));
    let answer = 'n';
    if parse_flag(answer) {
        println!("yes");
    } else {
        // mistake: the never type cannot be named here on stable Rust
        let never: ! = fail("declined");
    }
}
