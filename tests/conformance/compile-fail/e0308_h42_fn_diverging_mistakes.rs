// Diverging mistakes: a `-> !` function that returns, and a function missing its return value.
fn abort_run(reason: &str) -> ! {
    println!("aborting: {}", reason);
    // mistake 1: falls off the end, returning ()
}

fn pick(level: u8) -> u8 {
    // mistake 2: when level <= 3 nothing is returned
    if level > 3 {
        return level - 3;
    }
}

fn main() {
    let l = pick(5);
    if l == 0 {
        abort_run("zero");
    }
    println!("{}", l);
}
