#[derive(Debug)]
enum Msg {
    Temp(i32),
    Pair(u8, u8),
    Named { id: u32, level: u8 },
}

fn handle(m: &Msg) -> i64 {
    match m {
        Msg::Temp(t @ -40..=-1) => *t as i64 * 2,
        Msg::Temp(t @ (0 | 100)) => *t as i64,
        Msg::Temp(t) if *t > 50 => 50,
        Msg::Temp(_) => 0,
        Msg::Pair(a @ 0..=9, b @ 0..=9) => (*a as i64) * 10 + *b as i64,
        Msg::Pair(a, b) => (*a as i64) + (*b as i64),
        Msg::Named { id: big @ 1000.., level } => big as i64 + *level as i64,
        Msg::Named { id, level: 0 } => *id as i64,
        Msg::Named { .. } => -1,
    }
}

fn main() {
    let ms = [Msg::Temp(-5), Msg::Pair(3, 4), Msg::Named { id: 2000, level: 1 }];
    for m in &ms {
        println!("{}", handle(m));
    }
}
