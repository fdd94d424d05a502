// Errors inside a struct literal or a match recover there, and the statement
// around them is kept. A struct literal goes on at the next field: `width`
// keeps its name, `height` is checked, and the missing `depth` is E0063. A
// match arm that fails (`2 1`) keeps the arms before it and skips the rest:
// the misspelled `lenght` in the last arm is never resolved, while the one
// after the `match` is (E0425).
#[derive(Debug)]
struct Volume {
    width: u32,
    height: u32,
    depth: u32,
}

enum Shape {
    Cube,
    Slab,
    Rod,
}

fn sides(shape: &Shape) -> u32 {
    let count = match shape {
        Shape::Cube => 6,
        Shape::Slab => 2 1,
        Shape::Rod => lenght(),
    };
    count + edges(shape)
}

fn build(size: u32) -> Volume {
    Volume { width: size * 2 size, height: size }
}

fn main() {
    let volume = build(4);
    let n = sides(&Shape::Cube);
    println!("{:?} {}", volume, n);
}
