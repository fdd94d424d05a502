// A learner writes RBE's linked list without `Box`: the type is infinitely large.
#[derive(Debug)]
enum List {
    // mistake: a List directly inside a List variant
    Cons(u32, List),
    Nil,
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    Dot,
    Line(u32),
}

fn shape_len(s: Shape) -> u32 {
    match s {
        Shape::Dot => 0,
        Shape::Line(n) => n,
    }
}

fn describe(l: &List) -> &'static str {
    match l {
        List::Cons(_, _) => "non-empty",
        List::Nil => "empty",
    }
}

fn main() {
    let empty = List::Nil;
    println!("{} {:?}", describe(&empty), empty);
    println!("{}", shape_len(Shape::Line(4)) + shape_len(Shape::Dot));
}
