// A tokenizer's lookahead: dereferencing a borrowed token.
#[derive(Debug, PartialEq)]
enum Token {
    Num(i64),
    Ident(u32),
    Plus,
    End,
}

#[derive(Debug, Clone, Copy)]
struct Pos {
    line: u32,
    col: u32,
}

struct Lexer {
    toks: [Token; 4],
    at: usize,
    pos: Pos,
}

impl Lexer {
    fn peek(&self) -> &Token {
        &self.toks[self.at]
    }

    fn position(&self) -> Pos {
        self.pos
    }

    fn bump(&mut self) -> Token {
        let t = *self.peek();
        self.at += 1;
        self.pos.col += 1;
        t
    }

    fn is_end(&self) -> bool {
        *self.peek() == Token::End
    }
}

fn value(t: &Token) -> i64 {
    match *t {
        Token::Num(n) => n,
        Token::Ident(id) => id as i64,
        Token::Plus | Token::End => 0,
    }
}

fn main() {
    let mut lx = Lexer {
        toks: [Token::Num(4), Token::Plus, Token::Ident(9), Token::End],
        at: 0,
        pos: Pos { line: 1, col: 0 },
    };
    let mut sum = 0;
    while !lx.is_end() {
        sum += value(lx.peek());
        let t = lx.bump();
        println!("{:?} at {:?}", t, lx.position());
    }
    println!("{} {}", sum, lx.position().line);
}
