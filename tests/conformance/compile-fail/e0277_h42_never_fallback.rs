// Diverging functions: the result of a `-> !` call bound with `let` becomes `()`.
fn exit_with(code: i32) -> ! {
    std::process::exit(code)
}

fn check(level: u32) -> u32 {
    if level > 9 {
        exit_with(2);
    }
    level * 10
}

fn main() {
    println!("{}", check(3));
    let status = 7;
    if status > 5 {
        let result = exit_with(status);
        // mistake: `result` has type (), which cannot be displayed
        println!("unreachable: {}", result);
    }
}
