#[derive(Debug)]
struct Token {
    kind: u8,
}

fn eat(t: Token) -> u8 {
    t.kind
}

fn main() {
    let toks = [Token { kind: 1 }, Token { kind: 2 }, Token { kind: 3 }];
    let mut total = 0u32;
    for t in toks {
        total += eat(t) as u32;
    }
    println!("{}", total);
    println!("{}", toks.len());

    let single = Token { kind: 9 };
    let mut tries = 0;
    let result = loop {
        tries += 1;
        if tries == 2 {
            break eat(single);
        }
    };
    println!("{} {:?}", result, single);
}
