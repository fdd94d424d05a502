// Parsing small command arrays with slice patterns.
#[derive(Debug, Clone, Copy)]
enum Op {
    Push(i32),
    Add,
    Mul,
    Dup,
    Nop,
}

fn describe(ops: &[Op]) -> &'static str {
    match ops {
        [] => "empty",
        [_] => "single",
        [Op::Push(_), Op::Push(_), ..] => "starts with two pushes",
        [.., Op::Nop] => "ends with nop",
        [_, rest @ ..] if rest.len() > 3 => "long",
        _ => "other",
    }
}

fn run(ops: &[Op]) -> i32 {
    let mut stack = [0i32; 8];
    let mut sp = 0;
    for op in ops {
        match *op {
            Op::Push(v) => {
                stack[sp] = v;
                sp += 1;
            }
            Op::Add | Op::Mul => {
                let b = stack[sp - 1];
                let a = stack[sp - 2];
                sp -= 2;
                stack[sp] = if let Op::Add = op { a + b } else { a * b };
                sp += 1;
            }
            Op::Dup => {
                stack[sp] = stack[sp - 1];
                sp += 1;
            }
            Op::Nop => {}
        }
    }
    match &stack[..sp] {
        [] => 0,
        [.., top] => *top,
    }
}

fn edges(xs: &[i32]) -> (i32, i32) {
    match xs {
        [] => (0, 0),
        [only] => (*only, *only),
        [first, .., last] => (*first, *last),
    }
}

fn main() {
    let prog = [Op::Push(3), Op::Push(4), Op::Add, Op::Dup, Op::Mul, Op::Nop];
    println!("{} -> {}", describe(&prog), run(&prog));
    println!("{}", describe(&prog[2..]));
    println!("{}", describe(&prog[..1]));
    println!("{}", describe(&[]));
    println!("{:?}", edges(&[5, 6, 7, 8]));
    println!("{:?}", edges(&[9]));
    let arr = [1, 2, 3, 4, 5];
    let [a, b, rest @ ..] = arr;
    println!("{a} {b} {:?}", rest);
    if let [x, y, z] = &arr[1..4] {
        println!("mid {x} {y} {z}");
    }
}
