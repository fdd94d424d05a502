// lints: unreachable_code
// Diverging calls, diverging match arms and `if` with both branches returning.
use std::process;

fn validate(code: i32) -> i32 {
    if code < 0 {
        panic!("negative code {}", code);
        println!("unreachable log");
    }
    code
}

fn shutdown(status: i32) -> i32 {
    process::exit(status);
    status + 1
}

fn pick(flag: bool) -> u32 {
    if flag {
        return 1;
    } else {
        return 2;
    }
    3
}

fn route(kind: u8) -> u32 {
    let base = match kind {
        0 => return 0,
        1 => panic!("bad kind"),
        _ => 10,
    };
    base + 1
}

fn all_diverge(kind: u8) -> u32 {
    let v: u32 = match kind {
        0 => return 5,
        _ => unreachable!("only zero"),
    };
    v * 2
}

fn todo_stub(x: u32) -> u32 {
    todo!();
    x
}

fn call_with_panic(x: u32) -> u32 {
    helper(x, panic!("stop"))
}

fn helper(a: u32, b: u32) -> u32 {
    a + b
}

fn never_returns() -> ! {
    loop {}
}

fn after_never() -> u32 {
    never_returns();
    7
}

fn main() {
    println!("{}", validate(3));
    println!("{}", pick(true));
    println!("{}", route(2));
    println!("{}", all_diverge(0));
    if validate(1) == 0 {
        println!("{}", shutdown(0));
        println!("{}", todo_stub(1));
        println!("{}", call_with_panic(1));
        println!("{}", after_never());
    }
}
