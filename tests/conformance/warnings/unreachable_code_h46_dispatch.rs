// lints: unreachable_code unreachable_patterns unused_variables dead_code
#[derive(Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Halt,
}

fn fail(msg: &str) -> ! {
    panic!("fatal: {}", msg);
}

fn apply(op: Op, a: i32, b: i32) -> i32 {
    match op {
        Op::Add => return a + b,
        Op::Sub => return a - b,
        Op::Halt => fail("halt"),
    }
    0
}

fn grade(score: u8) -> char {
    match score {
        90..=255 => 'A',
        80..=89 => 'B',
        85 => 'X',
        0..=79 => 'C',
        _ => 'Z',
    }
}

fn after_loop() -> u32 {
    let mut n = 0;
    loop {
        n += 1;
        if n > 10 {
            return n;
        }
    }
    n + 1
}

fn nested(flag: bool) -> i32 {
    if flag {
        return 1;
        let unreachable_local = 5;
    }
    let x = todo!();
    x
}

fn call_args(v: i32) -> i32 {
    apply(Op::Add, return v, 3)
}

fn tuple_match(p: (bool, bool)) -> u8 {
    match p {
        (true, _) => 1,
        (false, true) => 2,
        (false, false) => 3,
        (true, true) => 4,
    }
}

fn breaker() -> i32 {
    let mut i = 0;
    while i < 5 {
        i += 1;
        continue;
        i += 100;
    }
    'outer: for a in 0..3 {
        for b in 0..3 {
            break 'outer;
            println!("{} {}", a, b);
        }
    }
    i
}

fn main() {
    println!("{}", apply(Op::Sub, 3, 1));
    println!("{}", grade(85));
    println!("{}", after_loop());
    println!("{}", call_args(1));
    println!("{}", tuple_match((true, false)));
    println!("{}", breaker());
    if false {
        println!("{}", nested(true));
    }
    let op = Op::Add;
    match op {
        Op::Add | Op::Add => println!("add"),
        other => println!("other"),
        _ => println!("never"),
    }
}
