// lints: unreachable_code unused_variables
// A stack machine interpreter with a few diverging expressions in odd places.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Push(i64),
    Add,
    Mul,
    Halt,
    Trap(u8),
}

fn fail(code: u8) -> ! {
    panic!("trap {}", code)
}

fn step(stack: &mut [i64; 8], sp: &mut usize, op: Op) -> bool {
    match op {
        Op::Push(v) => {
            stack[*sp] = v;
            *sp += 1;
        }
        Op::Add => {
            let b = stack[*sp - 1];
            let a = stack[*sp - 2];
            *sp -= 1;
            stack[*sp - 1] = a + b;
        }
        Op::Mul => {
            let r = stack[*sp - 1] * stack[*sp - 2];
            *sp -= 1;
            stack[*sp - 1] = r;
        }
        Op::Halt => return false,
        Op::Trap(c) => {
            let code = fail(c);
        }
    }
    true
}

fn weird(x: i64) -> i64 {
    let y = x.max(return x * 2);
    y
}

fn pick(flag: bool) -> i64 {
    let v = if flag { 1 } else { panic!("no") };
    let w = (v, loop {});
    w.0
}

fn count_until(limit: u32) -> u32 {
    let mut n = 0;
    while n < limit {
        n += 1;
        if n == 3 {
            continue;
            println!("never");
        }
        if n == 5 {
            break;
            n += 100;
        }
    }
    n
}

fn main() {
    let program = [Op::Push(2), Op::Push(3), Op::Add, Op::Push(4), Op::Mul, Op::Halt];
    let mut stack = [0i64; 8];
    let mut sp = 0usize;
    for op in program {
        if !step(&mut stack, &mut sp, op) {
            break;
        }
    }
    println!("{}", stack[0]);
    println!("{}", count_until(10));
    if stack[0] == 0 {
        println!("{}", weird(1) + pick(true));
        std::process::exit(3);
        println!("after exit");
    }
    let r = match stack[0] {
        20 => 1,
        _ => unreachable!(),
    };
    println!("{}", r);
}
