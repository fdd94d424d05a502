#[derive(Debug)]
enum Node {
    Leaf(i32),
    Pair(i32, i32),
}

fn main() {
    let nodes = [Node::Leaf(1), Node::Pair(2, 3)];
    for n in nodes.iter() {
        let &Node::Pair(a, b) = n;
        println!("{} {}", a, b);
    }
}
