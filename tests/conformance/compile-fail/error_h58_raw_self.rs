struct Node {
    r#self: i32,
}

fn main() {
    let n = Node { r#self: 1 };
    println!("{}", n.r#self);
}
