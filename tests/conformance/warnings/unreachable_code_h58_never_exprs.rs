// lints: unreachable_code
fn fail(code: i32) -> ! {
    std::process::exit(code)
}

fn parse(flag: bool) -> i32 {
    let v: i32 = if flag { 5 } else { fail(1) };
    let w = fail(2);
    println!("after exit {}", v);
    w
}

fn main() {
    println!("{}", parse(true));
}
