// Recursive types: through references they are fine, inline they are not.
#[derive(Debug, Clone, Copy)]
enum Tree<'a> {
    Leaf(i32),
    Node(&'a Tree<'a>, &'a Tree<'a>),
}

impl<'a> Tree<'a> {
    fn sum(&self) -> i32 {
        match self {
            Tree::Leaf(v) => *v,
            Tree::Node(l, r) => l.sum() + r.sum(),
        }
    }
}

#[derive(Debug)]
struct Chain {
    id: u32,
    next: Chain,
}

#[derive(Debug)]
enum Json {
    Null,
    Number(f64),
    Pair(Json, Json),
}

struct Cursor {
    pos: usize,
    parent: &Cursor,
}

fn main() {
    let a = Tree::Leaf(1);
    let b = Tree::Leaf(2);
    let n = Tree::Node(&a, &b);
    println!("{}", n.sum());
    let j = Json::Number(1.0);
    println!("{:?} {:?}", j, Json::Null);
}
