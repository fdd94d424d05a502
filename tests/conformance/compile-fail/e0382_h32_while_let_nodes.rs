#[derive(Debug)]
struct Node {
    val: i32,
}

fn main() {
    let nodes = [Node { val: 1 }, Node { val: 2 }];
    let mut idx = 0;
    let mut sum = 0;
    while let [first, ..] = &nodes[idx..] {
        sum += first.val;
        idx += 1;
        if idx >= nodes.len() {
            break;
        }
    }
    println!("{}", sum);
    let keep = Node { val: 5 };
    let mut count = 0;
    while count < 2 {
        let taken = keep;
        println!("{:?}", taken);
        count += 1;
    }
}
