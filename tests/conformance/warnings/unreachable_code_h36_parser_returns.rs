// lints: unreachable_code unreachable_patterns unused_variables
// A command parser with early returns and panics that leave dead code behind.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Command {
    Push(i32),
    Pop,
    Add,
    Print,
    Quit,
}

fn parse_number(text: &[u8]) -> i32 {
    let mut value = 0i32;
    let mut negative = false;
    for (i, &b) in text.iter().enumerate() {
        match b {
            b'-' if i == 0 => negative = true,
            b'0'..=b'9' => value = value * 10 + (b - b'0') as i32,
            b'5' => value += 5,
            _ => {
                panic!("bad digit at {}", i);
                return 0;
            }
        }
    }
    if negative { -value } else { value }
}

fn parse(line: &[u8]) -> Command {
    match line {
        b"pop" => return Command::Pop,
        b"add" => return Command::Add,
        b"print" => return Command::Print,
        b"quit" | b"exit" => return Command::Quit,
        [b'p', b'u', b's', b'h', b' ', rest @ ..] => return Command::Push(parse_number(rest)),
        _ => {}
    }
    unreachable!("unknown command");
    Command::Quit
}

fn run(lines: &[&[u8]]) -> i32 {
    let mut stack = [0i32; 8];
    let mut sp = 0;
    for line in lines {
        match parse(line) {
            Command::Push(v) => {
                stack[sp] = v;
                sp += 1;
            }
            Command::Pop => sp -= 1,
            Command::Add => {
                sp -= 1;
                stack[sp - 1] += stack[sp];
            }
            Command::Print => println!("top: {}", stack[sp - 1]),
            Command::Quit => {
                return stack[0];
                println!("after quit");
            }
            Command::Pop => println!("pop again"),
        }
    }
    let leftover = sp;
    stack[0]
}

fn main() {
    let program: [&[u8]; 7] = [b"push 40", b"push -2", b"add", b"print", b"push 5", b"pop", b"quit"];
    let result = run(&program);
    println!("result {}", result);
}
