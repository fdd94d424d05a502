// Functions declared `-> !` whose bodies can finish normally.
fn abort_with(code: i32) -> ! {
    eprintln!("aborting with {code}");
    if code != 0 {
        std::process::exit(code);
    }
}

fn fail_loop(limit: u32) -> ! {
    let mut n = 0;
    loop {
        n += 1;
        if n == limit {
            break;
        }
    }
}

fn fatal(msg: &str) -> ! {
    panic!("fatal: {msg}");
}

fn main() {
    let x = 3;
    if x > 5 {
        abort_with(2);
    }
    if x > 10 {
        fail_loop(4);
    }
    if x < 0 {
        fatal("negative");
    }
    println!("fine");
}
