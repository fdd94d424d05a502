// Two helper modules glob-imported into the same scope both export `parse` and `Token`.
mod csv {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Token {
        Field(u32),
        Comma,
    }

    pub fn parse(b: u8) -> Token {
        if b == b',' {
            Token::Comma
        } else {
            Token::Field(b as u32)
        }
    }

    pub fn separator() -> u8 {
        b','
    }
}

mod json {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Token {
        pub byte: u8,
    }

    pub fn parse(b: u8) -> Token {
        Token { byte: b }
    }

    pub fn quote() -> u8 {
        b'"'
    }
}

use csv::*;
use json::*;

fn main() {
    let input = [b'1', b',', b'2'];
    let mut fields = 0;
    for b in input {
        let t = parse(b);
        println!("{:?}", t);
        fields += 1;
    }
    let sep = separator();
    let q = quote();
    let first: Token = csv::parse(b'7');
    println!("{} {} {} {:?}", fields, sep, q, first);
}
