// A line-oriented command dispatcher with a keyword table of (name, command, min args).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmd {
    Push,
    Pop,
    Add,
    Show,
    Clear,
}

const COMMANDS: &[(&[u8], Cmd, usize)] = &[
    (b"push", Cmd::Push, 1),
    (b"pop", Cmd::Pop, 0),
    (b"add", Cmd::Add, 0),
    (b"show", Cmd::Show, 0),
    (b"clear", Cmd::Clear, 0),
];

fn lookup(word: &[u8]) -> (bool, Cmd, usize) {
    for &(name, cmd, min_args) in COMMANDS {
        if name == word {
            return (true, cmd, min_args);
        }
    }
    (false, Cmd::Show, 0)
}

fn split_words<'a>(line: &'a [u8], out: &mut [&'a [u8]; 4]) -> usize {
    let mut n = 0;
    let mut start = 0;
    let mut i = 0;
    while i <= line.len() {
        let at_end = i == line.len();
        if at_end || line[i] == b' ' {
            if i > start && n < out.len() {
                out[n] = &line[start..i];
                n += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    n
}

fn parse_int(w: &[u8]) -> i64 {
    let (neg, digits) = match w {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, w),
    };
    let mut v = 0i64;
    for &d in digits {
        v = v * 10 + (d - b'0') as i64;
    }
    if neg { -v } else { v }
}

fn main() {
    let script: [&[u8]; 9] = [b"push 4", b"push -10", b"add", b"show", b"jump 3", b"pop", b"pop", b"push", b"push 7  push"];
    let mut stack = [0i64; 8];
    let mut depth = 0;
    for line in script {
        let mut words: [&[u8]; 4] = [b""; 4];
        let n = split_words(line, &mut words);
        let (found, cmd, min_args) = lookup(words[0]);
        if !found || n - 1 < min_args {
            println!("bad line ({} words, known={})", n, found);
            continue;
        }
        match cmd {
            Cmd::Push => {
                stack[depth] = parse_int(words[1]);
                depth += 1;
            }
            Cmd::Pop if depth == 0 => println!("pop on empty stack"),
            Cmd::Pop => {
                depth -= 1;
                println!("popped {}", stack[depth]);
            }
            Cmd::Add if depth >= 2 => {
                depth -= 1;
                stack[depth - 1] += stack[depth];
            }
            Cmd::Add => println!("add needs two values"),
            Cmd::Show => println!("stack {:?}", &stack[..depth]),
            Cmd::Clear => depth = 0,
        }
    }
    println!("final depth {}", depth);
}
