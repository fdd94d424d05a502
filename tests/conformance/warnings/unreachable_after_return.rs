// lints: unreachable_code
// Code after return, panic and an infinite loop.
fn parse_flag(b: u8) -> bool {
    match b {
        b'y' => return true,
        b'n' => return false,
        _ => {}
    }
    panic!("bad flag {}", b);
    false
}

fn validate(x: i32) -> i32 {
    if x < 0 {
        return 0;
        println!("negative input clamped");
    }
    x
}

fn serve() {
    loop {
        println!("serving");
        break;
    }
    let mut ticks = 0;
    loop {
        ticks += 1;
        if ticks > 2 {
            std::process::exit(0);
        }
    }
    println!("server stopped after {} ticks", ticks);
}

fn main() {
    println!("{} {}", parse_flag(b'y'), validate(-3));
    serve();
}
