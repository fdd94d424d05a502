// ref, ref mut, mut bindings, & and &mut patterns, default binding modes.
#[derive(Debug)]
struct Node {
    value: i32,
    children: Vec<Node>,
    label: Option<String>,
}

fn bump_all(node: &mut Node) {
    let Node { ref mut value, ref mut children, .. } = *node;
    *value += 1;
    for child in children.iter_mut() {
        bump_all(child);
    }
}

fn label_len(node: &Node) -> usize {
    match node.label {
        Some(ref s) => s.len(),
        None => 0,
    }
}

fn take_label(node: &mut Node) -> String {
    match &mut node.label {
        Some(s) => std::mem::take(s),
        None => String::new(),
    }
}

fn sum_refs(pairs: &[(i32, i32)]) -> i32 {
    let mut total = 0;
    for &(a, b) in pairs {
        total += a * b;
    }
    for (a, b) in pairs {
        total += a + b;
    }
    total
}

fn main() {
    let mut tree = Node {
        value: 1,
        children: vec![Node { value: 2, children: vec![], label: None }],
        label: Some("root".into()),
    };
    bump_all(&mut tree);
    println!("{} {}", label_len(&tree), take_label(&mut tree));
    let mut x = 5;
    let ref mut rx = x;
    *rx += 1;
    let &mut mut y = &mut 10;
    y += 1;
    let (mut a, ref b) = (1, 2);
    a += *b;
    let &(c, ref d) = &(3, String::from("d"));
    let opt = Some(String::from("text"));
    if let Some(ref s) = opt {
        println!("{s}");
    }
    let mut opt2 = Some(3);
    if let Some(ref mut n) = opt2 {
        *n *= 2;
    }
    let & &v = &&7;
    println!("{x} {y} {a} {c} {d} {opt:?} {opt2:?} {v} {}", sum_refs(&[(1, 2), (3, 4)]));
    println!("{:?}", tree);
}
