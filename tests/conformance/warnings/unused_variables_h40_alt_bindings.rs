// lints: unused_variables
#[derive(Debug, Clone, Copy)]
enum Msg {
    Move { x: i32, y: i32 },
    Jump { x: i32, y: i32, height: u8 },
    Say([u8; 3]),
    Quit,
}

fn horizontal(m: Msg) -> i32 {
    match m {
        Msg::Move { x, y } | Msg::Jump { x, y, .. } => x,
        Msg::Say(_) | Msg::Quit => 0,
    }
}

fn loud(m: &Msg) -> bool {
    match m {
        all @ Msg::Say([b'!', ..]) => true,
        Msg::Jump { height: h @ 10.., .. } => true,
        _ => false,
    }
}

fn count(msgs: &[Msg]) -> usize {
    let mut n = 0;
    for m in msgs {
        if let Msg::Jump { x, y, height } = *m {
            n += height as usize;
        }
    }
    n
}

fn main() {
    let ms = [Msg::Move { x: 1, y: 2 }, Msg::Jump { x: 0, y: 0, height: 12 }, Msg::Say(*b"!hi"), Msg::Quit];
    for m in &ms {
        println!("{} {}", horizontal(*m), loud(m));
    }
    println!("{}", count(&ms));
}
