// A traffic controller whose phase enum is private, but its variants are re-exported.
mod traffic {
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Phase {
        Green,
        Yellow,
        Red,
    }

    pub(crate) use self::Phase::Green;
    pub(crate) use self::Phase::Red as Stop;

    pub fn next(code: u8) -> u8 {
        let p = match code {
            0 => Phase::Green,
            1 => Phase::Yellow,
            _ => Phase::Red,
        };
        match p {
            Phase::Green => 1,
            Phase::Yellow => 2,
            Phase::Red => 0,
        }
    }
}

fn main() {
    let mut code = 0;
    for _ in 0..4 {
        code = traffic::next(code);
        println!("phase code {}", code);
    }
    let start = traffic::Green;
    let halt = traffic::Stop;
    println!("{}", start == halt);
}
