// `let else`, `while let` with tuple state and slice patterns over byte strings.
#[derive(Debug, Clone, Copy)]
enum Tok {
    Num(u32),
    Op(u8),
    Bad(u8),
}

fn lex_one(input: &[u8], pos: usize) -> (Tok, usize) {
    let [first, ..] = &input[pos..] else {
        return (Tok::Bad(0), pos);
    };
    if first.is_ascii_digit() {
        let mut value = 0u32;
        let mut p = pos;
        while let [d @ b'0'..=b'9', ..] = &input[p..] {
            value = value * 10 + (*d - b'0') as u32;
            p += 1;
        }
        (Tok::Num(value), p)
    } else if matches_op(*first) {
        (Tok::Op(*first), pos + 1)
    } else {
        (Tok::Bad(*first), pos + 1)
    }
}

fn matches_op(c: u8) -> bool {
    match c {
        b'+' | b'-' | b'*' => true,
        _ => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Running,
    Done,
}

fn eval(input: &[u8]) -> i64 {
    let mut state = (Phase::Running, 0usize, 0i64, b'+');
    while let (Phase::Running, pos, acc, op) = state {
        if pos >= input.len() {
            state.0 = Phase::Done;
            continue;
        }
        let (tok, next) = lex_one(input, pos);
        let (_, _, acc2, op2) = match tok {
            Tok::Num(n) => {
                let n = n as i64;
                let acc = match op {
                    b'+' => acc + n,
                    b'-' => acc - n,
                    _ => acc * n,
                };
                (Phase::Running, next, acc, op)
            }
            Tok::Op(o) => (Phase::Running, next, acc, o),
            Tok::Bad(b) => {
                if b != b' ' {
                    println!("bad byte {}", b);
                }
                (Phase::Running, next, acc, op)
            }
        };
        state = (Phase::Running, next, acc2, op2);
    }
    assert_eq!(state.0, Phase::Done);
    state.2
}

fn describe(xs: &[i32]) -> &'static str {
    match xs {
        [] => "empty",
        [_] => "one",
        [a, b] if a == b => "pair of equals",
        [first, .., last] if first == last => "bookends",
        [_, middle @ .., _] if middle.len() > 2 => "long",
        _ => "other",
    }
}

fn main() {
    let exprs: [&[u8]; 4] = [b"12+30", b"100-1-2*3", b"7 * 6", b""];
    for e in exprs {
        println!("{} bytes = {}", e.len(), eval(e));
    }
    let samples: [&[i32]; 6] = [&[], &[4], &[2, 2], &[1, 5, 1], &[1, 2, 3, 4, 5], &[1, 2, 3]];
    for s in samples {
        println!("{:?}: {}", s, describe(s));
    }
}
