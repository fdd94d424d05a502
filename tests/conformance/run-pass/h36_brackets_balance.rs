// Check bracket balance with a fixed-size stack; report the first problem.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Problem {
    Balanced,
    Unexpected { at: usize, found: u8 },
    Mismatch { at: usize, open: u8, close: u8 },
    Unclosed(u8),
    TooDeep(usize),
}

const DEPTH: usize = 8;

fn partner(close: u8) -> u8 {
    match close {
        b')' => b'(',
        b']' => b'[',
        b'}' => b'{',
        _ => 0,
    }
}

fn check(src: &[u8]) -> Problem {
    let mut stack = [0u8; DEPTH];
    let mut top = 0;
    let mut in_string = false;
    for (i, &c) in src.iter().enumerate() {
        if in_string {
            if c == b'"' {
                in_string = false;
            }
            continue;
        }
        match c {
            b'"' => in_string = true,
            b'(' | b'[' | b'{' => {
                if top == DEPTH {
                    return Problem::TooDeep(i);
                }
                stack[top] = c;
                top += 1;
            }
            b')' | b']' | b'}' if top == 0 => return Problem::Unexpected { at: i, found: c },
            b')' | b']' | b'}' => {
                top -= 1;
                let open = stack[top];
                if open != partner(c) {
                    return Problem::Mismatch { at: i, open, close: c };
                }
            }
            _ => {}
        }
    }
    if top > 0 { Problem::Unclosed(stack[top - 1]) } else { Problem::Balanced }
}

fn max_depth(src: &[u8]) -> u32 {
    let (mut depth, mut best) = (0i32, 0i32);
    for &c in src {
        depth += match c {
            b'(' | b'[' | b'{' => 1,
            b')' | b']' | b'}' => -1,
            _ => 0,
        };
        best = best.max(depth);
    }
    best as u32
}

fn main() {
    let inputs: [&[u8]; 8] = [
        b"fn main() { let a = [1, 2, (3)]; }",
        b"{[()]}",
        b"([)]",
        b"(((",
        b"print(\")\")",
        b"a]",
        b"(((((((((x)))))))))",
        b"",
    ];
    let mut score = 0u64;
    for src in inputs.iter() {
        let p = check(src);
        let s = match p {
            Problem::Balanced => 0,
            Problem::Unexpected { found: b')', .. } => 3,
            Problem::Unexpected { found: b']', .. } => 57,
            Problem::Unexpected { .. } => 1197,
            Problem::Mismatch { close, .. } => close as u64,
            Problem::Unclosed(open) => open as u64 * 2,
            Problem::TooDeep(at) => at as u64 * 1000,
        };
        score += s;
        println!("{:<40?} depth {} score {}", p, max_depth(src), s);
    }
    println!("total syntax score {}", score);
}
