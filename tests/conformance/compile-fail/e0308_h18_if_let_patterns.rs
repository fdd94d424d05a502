// `if let` and `while let` patterns of the wrong type: a tuple pattern against a struct
// and a variant of another enum.
#[derive(Debug, Clone, Copy)]
enum Token {
    Num(i64),
    Plus,
    End,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Add,
    Halt,
}

#[derive(Debug, Clone, Copy)]
struct Cursor {
    pos: usize,
    depth: u8,
}

fn next(tokens: &[Token; 4], cur: Cursor) -> Token {
    if cur.pos < tokens.len() { tokens[cur.pos] } else { Token::End }
}

fn main() {
    let tokens = [Token::Num(2), Token::Plus, Token::Num(5), Token::End];
    let mut cur = Cursor { pos: 0, depth: 0 };
    if let (pos, depth) = cur {
        println!("at {} depth {}", pos, depth);
    }
    let mut sum = 0;
    while let Op::Add = next(&tokens, cur) {
        cur.pos += 1;
        sum += 1;
    }
    if let Token::Num(n) = next(&tokens, cur) {
        sum += n;
    }
    println!("{} {:?}", sum, cur);
}
