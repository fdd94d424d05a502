// A scene graph written without `Box`: every shape of by-value cycle, and the
// shapes that are fine (references, a type that only holds a cyclic one).
#[derive(Clone, Copy)]
enum Command {
    Stop,
    Repeat(u8, Command),
}

struct Node {
    parent: Node,
    id: u32,
}

struct Scene {
    root: Layer,
}

struct Layer {
    scene: Scene,
    depth: u8,
}

struct Pair {
    halves: (u8, Pair),
}

struct Grid {
    cells: [Grid; 4],
}

mod shapes {
    pub struct Circle {
        pub outline: super::Outline,
    }
}

struct Outline {
    shape: shapes::Circle,
    width: u8,
}

#[derive(Debug)]
struct Chain {
    id: u8,
    next: Chain,
}

struct Holder {
    chain: Chain,
}

struct Linked<'a> {
    next: &'a Linked<'a>,
}

fn main() {}
