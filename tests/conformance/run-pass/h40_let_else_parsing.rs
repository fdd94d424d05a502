#[derive(Debug, Clone, Copy)]
enum Token {
    Num(u32),
    Word([u8; 4]),
    Sep,
}

fn expect_num(t: Token) -> u32 {
    let Token::Num(n) = t else {
        return 0;
    };
    n * 10
}

fn header(tokens: &[Token]) -> u32 {
    let [Token::Word(w), Token::Sep, rest @ ..] = tokens else {
        return 0;
    };
    let mut total = w[0] as u32;
    for t in rest {
        let Token::Num(n) = *t else { continue };
        total += n;
    }
    total
}

fn first_word(tokens: &[Token]) -> [u8; 4] {
    let mut i = 0;
    loop {
        if i >= tokens.len() {
            break *b"none";
        }
        let Token::Word(w) = tokens[i] else {
            i += 1;
            continue;
        };
        break w;
    }
}

fn main() {
    let toks = [Token::Word(*b"sum:"), Token::Sep, Token::Num(4), Token::Sep, Token::Num(6)];
    println!("{} {}", expect_num(toks[2]), expect_num(toks[1]));
    println!("{}", header(&toks));
    println!("{:?}", first_word(&toks[1..]));
    println!("{:?}", first_word(&toks[2..3]));
}
