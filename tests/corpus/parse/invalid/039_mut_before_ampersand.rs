fn push_twice(v: mut &Vec<i32>, x: i32) {
    v.push(x);
    v.push(x);
}

fn main() {
    let mut v = Vec::new();
    push_twice(&mut v, 3);
    println!("{:?}", v);
}
