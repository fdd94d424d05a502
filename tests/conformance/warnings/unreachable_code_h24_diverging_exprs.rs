// lints: unreachable_code unused_variables
// A job runner whose error paths diverge in the middle of expressions.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Job {
    Build(u32),
    Test(u32),
    Halt,
}

fn abort(code: i32) -> ! {
    std::process::exit(code)
}

fn cost(j: Job) -> u32 {
    match j {
        Job::Build(n) => n * 2,
        Job::Test(n) => n,
        Job::Halt => abort(3),
    }
}

fn run(j: Job) -> u32 {
    let base = match j {
        Job::Halt => return 0,
        other => cost(other),
    };
    let penalty = if base > 10 { panic!("too expensive") } else { 1 };
    base + penalty
}

fn both_diverge(flag: bool) -> u32 {
    if flag {
        return 1;
    } else {
        panic!("bad flag");
    }
    let after = 5;
    after
}

fn inside_call(n: u32) -> u32 {
    let r = n.max(return 7);
    r
}

fn in_tuple(n: u32) -> (u32, u32) {
    (n, loop {
        if n > 0 {
            break n;
        }
    })
}

fn diverge_tuple() -> (u32, u32) {
    let t: (u32, u32) = (1, abort(2));
    t
}

fn while_break(mut n: u32) -> u32 {
    while n > 0 {
        n -= 1;
        continue;
        n += 10;
    }
    n
}

fn main() {
    println!("{} {} {}", run(Job::Build(3)), run(Job::Test(2)), run(Job::Halt));
    println!("{} {} {:?}", both_diverge(true), inside_call(4), in_tuple(2));
    println!("{}", while_break(3));
    if false {
        println!("{:?}", diverge_tuple());
    }
}
