// `!` written as a type where stable Rust takes it only as a function's
// return type.
struct Outcome {
    never: !,
    code: u8,
}

fn give_up(reason: !) -> ! {
    reason
}

fn stop() -> ! {
    panic!("stopped")
}

fn pair() -> (!, u8) {
    panic!("no pair")
}

fn main() {
    let code = 3;
    if code > 5 {
        let gone: ! = stop();
    }
    println!("{}", code);
}
