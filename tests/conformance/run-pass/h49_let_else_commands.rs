// `let ... else` with every kind of diverging else block.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cmd {
    Push(i64),
    Add,
    Mul,
    Dup,
    Halt,
    Nop,
}

fn decode(word: &[u8]) -> Cmd {
    let [op, rest @ ..] = word else {
        return Cmd::Nop;
    };
    match op {
        b'p' => {
            let [d @ b'0'..=b'9'] = rest else {
                panic!("push needs one digit, got {} bytes", rest.len());
            };
            Cmd::Push((d - b'0') as i64)
        }
        b'+' => Cmd::Add,
        b'*' => Cmd::Mul,
        b'd' => Cmd::Dup,
        b'h' => Cmd::Halt,
        _ => Cmd::Nop,
    }
}

fn run(program: &[Cmd]) -> i64 {
    let mut stack = [0i64; 8];
    let mut sp = 0usize;
    let mut pc = 0usize;
    let result = loop {
        let in_range = pc < program.len();
        let true = in_range else {
            break if sp > 0 { stack[sp - 1] } else { -1 };
        };
        let cmd = program[pc];
        pc += 1;
        let Cmd::Push(v) = cmd else {
            let (2.., Cmd::Add | Cmd::Mul) = (sp, cmd) else {
                if cmd == Cmd::Halt {
                    break stack[sp.saturating_sub(1)];
                }
                if let Cmd::Dup = cmd {
                    stack[sp] = stack[sp - 1];
                    sp += 1;
                }
                continue;
            };
            let b = stack[sp - 1];
            let a = stack[sp - 2];
            sp -= 1;
            stack[sp - 1] = if cmd == Cmd::Add { a + b } else { a * b };
            continue;
        };
        stack[sp] = v;
        sp += 1;
    };
    result
}

fn main() {
    let words: [&[u8]; 7] = [b"p3", b"d", b"*", b"p4", b"+", b"", b"h"];
    let mut prog = [Cmd::Nop; 7];
    for (i, w) in words.iter().enumerate() {
        prog[i] = decode(w);
    }
    println!("{:?}", prog);
    println!("result = {}", run(&prog));
    println!("short = {}", run(&prog[..3]));
}
