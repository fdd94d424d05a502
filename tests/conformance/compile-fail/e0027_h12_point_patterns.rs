// Sprite collisions with struct patterns that forget fields.
#[derive(Debug, Clone, Copy)]
struct Sprite {
    x: i32,
    y: i32,
    w: i32,
    h: i32,
    solid: bool,
}

enum Hit {
    None,
    Edge { side: u8, depth: i32 },
}

fn center(s: &Sprite) -> (i32, i32) {
    let Sprite { x, y, w, h } = *s;
    (x + w / 2, y + h / 2)
}

fn depth(hit: &Hit) -> i32 {
    match hit {
        Hit::None => 0,
        Hit::Edge { depth } => *depth,
    }
}

fn main() {
    let s = Sprite { x: 2, y: 3, w: 10, h: 4, solid: true };
    println!("{:?}", center(&s));
    println!("{}", depth(&Hit::Edge { side: 1, depth: 4 }));
    println!("{}", depth(&Hit::None));
}
